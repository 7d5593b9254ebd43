package io.cleanair.core.signal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.cleanair.core.aqi.AqiResult;
import io.cleanair.core.aqi.AqiStandard;
import io.cleanair.core.aqi.AqiStandards;
import io.cleanair.core.aqi.Indicator;
import io.cleanair.core.aqi.IndicatorValues;
import io.cleanair.core.aqi.ReportPeriod;
import io.cleanair.core.assessment.DayAssessment;
import io.cleanair.core.event.AlertSignal;
import io.cleanair.core.event.AlertSignal.Severity;
import io.cleanair.core.event.AlertSignal.SignalType;
import io.cleanair.core.pollutant.Pollutant;

/**
 * {@code HEAVY_POLLUTION} as soon as it is certain from the hours so far: concentrations
 * are never negative, so a 24-hour mean is at least (sum of the hours so far) / 24. When
 * the IAQI of that lower bound already exceeds 200 for any pollutant, the day's AQI will
 * exceed 200 (provided the day ends with a valid daily mean).
 */
public final class HeavyPollutionRule {

	static final int HEAVY_POLLUTION_AQI = 200;

	static final int SEVERE_POLLUTION_AQI = 300;

	private static final BigDecimal HOURS_IN_DAY = BigDecimal.valueOf(24);

	private static final Map<Pollutant, Indicator> DAILY_MEAN = Map.of(Pollutant.PM2_5, Indicator.PM2_5_24H,
			Pollutant.PM10, Indicator.PM10_24H, Pollutant.SO2, Indicator.SO2_24H, Pollutant.NO2, Indicator.NO2_24H,
			Pollutant.CO, Indicator.CO_24H);

	/**
	 * Opens the day's condition once it is certain from a station's hours so far; never
	 * clears it.
	 */
	public Evaluation soFar(StationDaySoFar day, Instant now) {
		return Evaluation.openOnly(evaluate(day, now));
	}

	/**
	 * The district's (or city's) assessed day: holds when its valid daily AQI exceeds
	 * 200, clears when the valid AQI is 200 or less (e.g. after a correction); a day
	 * without a valid AQI is not judged.
	 */
	public Evaluation observed(String districtId, DayAssessment day, Instant now) {
		String key = key(districtId, day.day());
		if (!day.hasValidAqi()) {
			return Evaluation.none();
		}
		int aqi = day.result().aqi();
		if (aqi <= HEAVY_POLLUTION_AQI) {
			return Evaluation.of(key, Optional.empty());
		}
		Pollutant primary = day.result().primaryPollutants().isEmpty() ? null : day.result().primaryPollutants().get(0);
		Map<String, Double> figures = new LinkedHashMap<>();
		figures.put("aqi", (double) aqi);
		String summary = "Heavy pollution on %s in district %s: daily AQI %d (%s)".formatted(day.day(), districtId, aqi,
				day.result().ruleSet());
		return Evaluation.of(key,
				Optional.of(new AlertSignal(UUID.randomUUID(), AlertSignal.SCHEMA_VERSION, SignalType.HEAVY_POLLUTION,
						aqi > SEVERE_POLLUTION_AQI ? Severity.CRITICAL : Severity.WARNING, districtId, null, primary,
						key, summary, figures, now)));
	}

	static String key(String districtId, java.time.LocalDate day) {
		return "HEAVY_POLLUTION:" + districtId + ":" + day;
	}

	public Optional<AlertSignal> evaluate(StationDaySoFar day, Instant now) {
		AqiStandard standard = AqiStandards.hj633For(day.date());
		Pollutant worst = null;
		int worstIaqi = 0;
		Map<String, Double> figures = new LinkedHashMap<>();
		for (var entry : day.sums().entrySet()) {
			Indicator indicator = DAILY_MEAN.get(entry.getKey());
			if (indicator == null) {
				continue;
			}
			BigDecimal lowerBound = BigDecimal.valueOf(entry.getValue().sum())
				.divide(HOURS_IN_DAY, 3, java.math.RoundingMode.DOWN);
			AqiResult result = standard.assess(day.date(), ReportPeriod.DAY,
					IndicatorValues.of(Map.of(indicator, lowerBound)));
			Integer iaqi = result.iaqi().get(indicator);
			if (iaqi != null && iaqi > worstIaqi) {
				worstIaqi = iaqi;
				worst = entry.getKey();
				figures.put("dailyMeanLowerBound", lowerBound.doubleValue());
				figures.put("hoursSoFar", (double) entry.getValue().hours());
			}
		}
		if (worst == null || worstIaqi <= HEAVY_POLLUTION_AQI) {
			return Optional.empty();
		}
		figures.put("iaqiLowerBound", (double) worstIaqi);
		Severity severity = worstIaqi > SEVERE_POLLUTION_AQI ? Severity.CRITICAL : Severity.WARNING;
		String summary = "Heavy pollution certain on %s at station %s (district %s): %s daily IAQI at least %d"
			.formatted(day.date(), day.stationId(), day.districtId(), worst, worstIaqi);
		return Optional.of(new AlertSignal(UUID.randomUUID(), AlertSignal.SCHEMA_VERSION, SignalType.HEAVY_POLLUTION,
				severity, day.districtId(), day.stationId(), worst, key(day.districtId(), day.date()), summary, figures,
				now));
	}

}
