package io.cleanair.core.signal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.cleanair.core.assessment.PeriodAssessment;
import io.cleanair.core.event.AlertSignal.Severity;
import io.cleanair.core.event.AlertSignal.SignalType;
import io.cleanair.core.pollutant.Pollutant;

/**
 * {@code YOY_REBOUND} (同比反弹): a pollutant's mean concentration over a period to date
 * (month or year) is above the mean over the same days last year by at least the
 * configured percentage (default 5 %). Both means come from {@link PeriodAssessment}
 * (mean of valid daily values; O3 of MDA8).
 */
public final class YoyReboundRule {

	private final BigDecimal risePercent;

	private final List<Pollutant> pollutants;

	public YoyReboundRule(SignalThresholds thresholds) {
		this.risePercent = thresholds.yoyRisePercent();
		this.pollutants = thresholds.yoyPollutants();
	}

	/**
	 * @param period a label of the period to date, e.g. "YTD:2026" or "MTD:2026-11", part
	 * of the key
	 */
	public Evaluation evaluate(String districtId, String period, PeriodAssessment now, PeriodAssessment lastYear,
			Instant at) {
		Evaluation result = Evaluation.none();
		for (Pollutant pollutant : pollutants) {
			Optional<BigDecimal> current = now.mean(pollutant);
			Optional<BigDecimal> previous = lastYear.mean(pollutant);
			if (current.isEmpty() || previous.isEmpty() || previous.get().signum() <= 0) {
				continue;
			}
			String key = Signals.key(SignalType.YOY_REBOUND, districtId, pollutant, period);
			BigDecimal rise = current.get()
				.subtract(previous.get())
				.multiply(BigDecimal.valueOf(100))
				.divide(previous.get(), 1, RoundingMode.HALF_EVEN);
			if (rise.compareTo(risePercent) < 0) {
				result = result.plus(Evaluation.of(key, Optional.empty()));
				continue;
			}
			Map<String, Double> figures = new LinkedHashMap<>();
			figures.put("mean", current.get().doubleValue());
			figures.put("meanLastYear", previous.get().doubleValue());
			figures.put("risePercent", rise.doubleValue());
			String summary = "%s mean %s in district %s is %s %% above the same period last year (%.1f vs %.1f)"
				.formatted(pollutant, period, districtId, rise.toPlainString(), current.get().doubleValue(),
						previous.get().doubleValue());
			result = result.plus(Evaluation.of(key, Optional.of(Signals.signal(SignalType.YOY_REBOUND, Severity.WARNING,
					districtId, null, pollutant, key, summary, figures, at))));
		}
		return result;
	}

}
