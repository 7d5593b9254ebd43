package io.cleanair.core.signal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.cleanair.core.event.AlertSignal.Severity;
import io.cleanair.core.event.AlertSignal.SignalType;
import io.cleanair.core.target.TargetProgress;
import io.cleanair.core.target.TargetStatus;

/**
 * {@code TARGET_AT_RISK}: a district's good-day target for the year is at risk
 * ({@link TargetStatus#AT_RISK}: the rest of the year needs a better rate than so far),
 * missed, or its remaining allowance of non-good days has fallen to the configured
 * warning level. Clears when none of that holds any more.
 */
public final class TargetAtRiskRule {

	private final int allowanceWarning;

	public TargetAtRiskRule(SignalThresholds thresholds) {
		this.allowanceWarning = thresholds.targetAllowanceWarning();
	}

	public Evaluation evaluate(String districtId, TargetProgress progress, Instant now) {
		String key = Signals.key(SignalType.TARGET_AT_RISK, districtId, progress.target().year());
		TargetStatus status = progress.status();
		boolean holds = status == TargetStatus.AT_RISK || status == TargetStatus.MISSED
				|| (status != TargetStatus.ACHIEVED && progress.nonGoodDaysAllowed() <= allowanceWarning);
		if (!holds) {
			return Evaluation.of(key, Optional.empty());
		}
		Map<String, Double> figures = new LinkedHashMap<>();
		figures.put("goodDaysSoFar", (double) progress.goodDaysSoFar());
		figures.put("validDaysSoFar", (double) progress.validDaysSoFar());
		figures.put("requiredGoodDays", (double) progress.target().requiredGoodDays());
		figures.put("nonGoodDaysAllowed", (double) progress.nonGoodDaysAllowed());
		figures.put("remainingDays", (double) progress.remainingDays());
		progress.requiredRemainingRate().ifPresent(r -> figures.put("requiredRemainingRate", r.doubleValue()));
		String summary = "Good-day target %d of district %s is %s: %d good of %d valid days as of %s, %d non-good days still allowed"
			.formatted(progress.target().year(), districtId, status, progress.goodDaysSoFar(),
					progress.validDaysSoFar(), progress.asOf(), progress.nonGoodDaysAllowed());
		return Evaluation.of(key,
				Optional.of(Signals.signal(SignalType.TARGET_AT_RISK,
						status == TargetStatus.MISSED ? Severity.CRITICAL : Severity.WARNING, districtId, null, null,
						key, summary, figures, now)));
	}

}
