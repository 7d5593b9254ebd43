package io.cleanair.core.signal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import io.cleanair.core.aqi.AqiStandards;
import io.cleanair.core.aqi.ChinaCategory;
import io.cleanair.core.aqi.Indicator;
import io.cleanair.core.aqi.IndicatorValues;
import io.cleanair.core.aqi.ReportPeriod;
import io.cleanair.core.event.AlertSignal.Severity;
import io.cleanair.core.event.AlertSignal.SignalType;
import io.cleanair.core.pollutant.Pollutant;

/**
 * {@code SHORT_TERM_REBOUND}: the 24-hour moving mean at the latest hour rose by at least
 * the configured percentage (default 30 %) over the 24 hours before, and its category
 * (24-hour IAQI, HJ 633 in force) worsened. Both means need 20 of their 24 hours (a
 * default, as for moving PM means). Clears once the category is no worse than the
 * previous window's. Needs a series of at least 48 hours; O3 is not judged here.
 */
public final class ShortTermReboundRule {

	static final int WINDOW = 24;

	static final int MINIMUM_HOURS = 20;

	private static final Map<Pollutant, Indicator> DAILY = Map.of(Pollutant.PM2_5, Indicator.PM2_5_24H, Pollutant.PM10,
			Indicator.PM10_24H, Pollutant.SO2, Indicator.SO2_24H, Pollutant.NO2, Indicator.NO2_24H, Pollutant.CO,
			Indicator.CO_24H);

	private final BigDecimal risePercent;

	public ShortTermReboundRule(SignalThresholds thresholds) {
		this.risePercent = thresholds.reboundRisePercent();
	}

	public Evaluation evaluate(HourlySeries series, Instant now) {
		Indicator indicator = DAILY.get(series.pollutant());
		int last = series.size() - 1;
		if (indicator == null || series.size() < 2 * WINDOW) {
			return Evaluation.none();
		}
		double current = series.mean(last, WINDOW, MINIMUM_HOURS);
		double previous = series.mean(last - WINDOW, WINDOW, MINIMUM_HOURS);
		if (Double.isNaN(current) || Double.isNaN(previous) || previous <= 0) {
			return Evaluation.none();
		}
		OptionalInt currentLevel = level(series, indicator, current);
		OptionalInt previousLevel = level(series, indicator, previous);
		if (currentLevel.isEmpty() || previousLevel.isEmpty()) {
			return Evaluation.none();
		}
		String key = Signals.key(SignalType.SHORT_TERM_REBOUND, series.districtId(), series.stationId(),
				series.pollutant());
		BigDecimal rise = BigDecimal.valueOf((current - previous) * 100 / previous).setScale(1, RoundingMode.HALF_EVEN);
		boolean worse = currentLevel.getAsInt() > previousLevel.getAsInt();
		if (worse && rise.compareTo(risePercent) >= 0) {
			Map<String, Double> figures = new LinkedHashMap<>();
			figures.put("mean24h", current);
			figures.put("previousMean24h", previous);
			figures.put("risePercent", rise.doubleValue());
			figures.put("categoryLevel", (double) currentLevel.getAsInt());
			figures.put("previousCategoryLevel", (double) previousLevel.getAsInt());
			String summary = "%s 24-hour mean at station %s (district %s) rose %s %% to %.1f, category %d → %d"
				.formatted(series.pollutant(), series.stationId(), series.districtId(), rise.toPlainString(), current,
						previousLevel.getAsInt(), currentLevel.getAsInt());
			return Evaluation.of(key, Optional.of(Signals.signal(SignalType.SHORT_TERM_REBOUND, Severity.WARNING,
					series.districtId(), series.stationId(), series.pollutant(), key, summary, figures, now)));
		}
		// hysteresis: a mere dip below the rise threshold does not clear it, a better
		// category does
		return currentLevel.getAsInt() <= previousLevel.getAsInt() ? Evaluation.of(key, Optional.empty())
				: Evaluation.none();
	}

	private static OptionalInt level(HourlySeries series, Indicator indicator, double mean) {
		OptionalInt iaqi = AqiStandards.hj633For(series.day())
			.assess(series.day(), ReportPeriod.DAY, IndicatorValues.builder().put(indicator, mean).build())
			.iaqiOf(series.pollutant());
		return iaqi.isPresent() ? OptionalInt.of(ChinaCategory.of(iaqi.getAsInt()).level()) : OptionalInt.empty();
	}

}
