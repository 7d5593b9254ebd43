package io.cleanair.core.assessment;

import io.cleanair.core.aqi.Indicator;
import io.cleanair.core.pollutant.Pollutant;
import io.cleanair.core.qc.QcFlag;
import io.cleanair.core.validity.DailyStatistic;
import io.cleanair.core.validity.DataValidity;
import io.cleanair.core.validity.HourlyDayStatistics;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A station's daily-report statistics from its hourly values (HJ 663-2013, GB 3095 Table
 * 4), with the QC-flagged values treated by a {@link FlaggedValuePolicy} and every value
 * left out listed.
 */
public final class StationDay {

	/** Daily-mean indicators (HJ 633 daily report): pollutant → its 24-hour indicator. */
	private static final Map<Pollutant, Indicator> DAILY_MEANS = Map.of(Pollutant.PM2_5, Indicator.PM2_5_24H,
			Pollutant.PM10, Indicator.PM10_24H, Pollutant.SO2, Indicator.SO2_24H, Pollutant.NO2, Indicator.NO2_24H,
			Pollutant.CO, Indicator.CO_24H);

	/**
	 * Excluded values by pollutant, hour, reason and statistic, whatever order the hours
	 * arrived in.
	 */
	private static final Comparator<ExcludedValue> IN_REPORT_ORDER = Comparator.comparing(ExcludedValue::pollutant)
		.thenComparingInt(ExcludedValue::hourLabel)
		.thenComparing(ExcludedValue::reason)
		.thenComparing(e -> e.statistic() == null ? "" : e.statistic().name());

	private StationDay() {
	}

	/**
	 * The valid daily statistics of the day with flagged values used
	 * ({@link FlaggedValuePolicy#USE}).
	 */
	public static DailyConcentrations compute(LocalDate day, StationDayHours hours) {
		return compute(null, day, hours, FlaggedValuePolicy.USE);
	}

	/**
	 * The valid daily statistics of the day; invalid ones (too few hours or windows) are
	 * left out.
	 */
	public static DailyConcentrations compute(String stationId, LocalDate day, StationDayHours hours,
			FlaggedValuePolicy policy) {
		List<ExcludedValue> excluded = new ArrayList<>(hours.coverageExclusions());
		Map<Pollutant, double[]> used = new EnumMap<>(Pollutant.class);
		for (Pollutant pollutant : Pollutant.values()) {
			used.put(pollutant, policy == FlaggedValuePolicy.USE || !hours.hasFlags() ? hours.hours(pollutant)
					: withoutFlagged(hours, pollutant, reasonFor(policy), excluded));
		}
		Map<Indicator, Double> values = new EnumMap<>(Indicator.class);
		DAILY_MEANS.forEach(
				(pollutant, indicator) -> put(values, indicator, HourlyDayStatistics.dailyMean(used.get(pollutant))));
		double[] ozone = used.get(Pollutant.O3);
		// EXCLUDE and HOLD already took the flagged hours out: only USE can rest an
		// exception on them
		boolean flaggedUsed = policy == FlaggedValuePolicy.USE && hours.hasFlags();
		put(values, Indicator.O3_1H,
				notOnFlaggedException(Indicator.O3_1H, flaggedUsed, hours, ozone, excluded,
						o3 -> HourlyDayStatistics.dailyMaxOneHour(o3, DataValidity.O3_ONE_HOUR_GRADE_II_LIMIT),
						DataValidity.MIN_HOURS_FOR_DAILY_MEAN));
		put(values, Indicator.O3_8H,
				notOnFlaggedException(Indicator.O3_8H, flaggedUsed, hours, ozone, excluded,
						o3 -> HourlyDayStatistics.dailyMaxEightHourMean(o3, DataValidity.O3_EIGHT_HOUR_GRADE_II_LIMIT),
						DataValidity.MIN_VALID_EIGHT_HOUR_WINDOWS));
		excluded.sort(IN_REPORT_ORDER);
		return new DailyConcentrations(day, values,
				stationId == null ? excluded : excluded.stream().map(e -> e.withStation(stationId)).toList());
	}

	/**
	 * The statistic, unless it is valid only through its exceedance exception (fewer than
	 * {@code minimumBasis} hours or windows, HJ 663-2013) and is no longer above the
	 * limit once the flagged hours are taken out: then it is invalid, and the flagged
	 * hours are listed as refused for the exception.
	 */
	private static DailyStatistic notOnFlaggedException(Indicator indicator, boolean flaggedUsed, StationDayHours hours,
			double[] ozone, List<ExcludedValue> excluded, Function<double[], DailyStatistic> statistic,
			int minimumBasis) {
		DailyStatistic full = statistic.apply(ozone);
		if (!flaggedUsed || !full.valid() || full.basis() >= minimumBasis) {
			return full;
		}
		List<ExcludedValue> flagged = new ArrayList<>();
		double[] clean = withoutFlagged(hours, Pollutant.O3, ExcludedValue.Reason.NOT_FOR_EXCEEDANCE_EXCEPTION,
				flagged);
		if (flagged.isEmpty() || statistic.apply(clean).valid()) {
			return full;
		}
		flagged.forEach(e -> excluded.add(e.refusedFor(indicator)));
		return DailyStatistic.none();
	}

	private static ExcludedValue.Reason reasonFor(FlaggedValuePolicy policy) {
		return policy == FlaggedValuePolicy.HOLD ? ExcludedValue.Reason.QC_FLAG_HELD
				: ExcludedValue.Reason.QC_FLAG_EXCLUDED;
	}

	/**
	 * A copy of the pollutant's hours with every flagged value taken out, each listed
	 * with {@code reason}.
	 */
	private static double[] withoutFlagged(StationDayHours hours, Pollutant pollutant, ExcludedValue.Reason reason,
			List<ExcludedValue> excluded) {
		double[] values = hours.hours(pollutant).clone();
		for (int label = 1; label <= values.length; label++) {
			int mask = hours.flags(pollutant, label);
			if (mask != 0 && !Double.isNaN(values[label - 1])) {
				excluded.add(new ExcludedValue(null, pollutant, label, values[label - 1], reason,
						QcFlag.ofMask(mask).toString()));
				values[label - 1] = Double.NaN;
			}
		}
		return values;
	}

	private static void put(Map<Indicator, Double> values, Indicator indicator, DailyStatistic statistic) {
		if (statistic.valid()) {
			values.put(indicator, statistic.value());
		}
	}

}
