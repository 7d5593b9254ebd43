package io.cleanair.core.assessment;

import io.cleanair.core.aqi.Indicator;
import io.cleanair.core.pollutant.Pollutant;
import io.cleanair.core.validity.DailyStatistic;
import io.cleanair.core.validity.DataValidity;
import io.cleanair.core.validity.HourlyDayStatistics;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/** A station's daily-report statistics from its hourly values (HJ 663-2013, GB 3095 Table 4). */
public final class StationDay {

    /** Daily-mean indicators (HJ 633 daily report): pollutant → its 24-hour indicator. */
    private static final Map<Pollutant, Indicator> DAILY_MEANS = Map.of(
            Pollutant.PM2_5, Indicator.PM2_5_24H,
            Pollutant.PM10, Indicator.PM10_24H,
            Pollutant.SO2, Indicator.SO2_24H,
            Pollutant.NO2, Indicator.NO2_24H,
            Pollutant.CO, Indicator.CO_24H);

    private StationDay() {
    }

    /** The valid daily statistics of the day; invalid ones (too few hours or windows) are left out. */
    public static DailyConcentrations compute(LocalDate day, StationDayHours hours) {
        Map<Indicator, Double> values = new EnumMap<>(Indicator.class);
        DAILY_MEANS.forEach((pollutant, indicator) ->
                put(values, indicator, HourlyDayStatistics.dailyMean(hours.hours(pollutant))));
        double[] ozone = hours.hours(Pollutant.O3);
        put(values, Indicator.O3_1H,
                HourlyDayStatistics.dailyMaxOneHour(ozone, DataValidity.O3_ONE_HOUR_GRADE_II_LIMIT));
        put(values, Indicator.O3_8H,
                HourlyDayStatistics.dailyMaxEightHourMean(ozone, DataValidity.O3_EIGHT_HOUR_GRADE_II_LIMIT));
        return new DailyConcentrations(day, values);
    }

    private static void put(Map<Indicator, Double> values, Indicator indicator, DailyStatistic statistic) {
        if (statistic.valid()) {
            values.put(indicator, statistic.value());
        }
    }
}
