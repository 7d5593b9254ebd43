package io.cleanair.core.signal;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import io.cleanair.core.pollutant.Pollutant;

/**
 * The configurable figures of the signal rules (architecture: "defaults are
 * configuration").
 *
 * @param sustainedHours consecutive hours with hourly IAQI &gt; 100 for
 * SUSTAINED_EXCEEDANCE
 * @param reboundRisePercent rise of the 24-hour mean over the previous 24 hours for
 * SHORT_TERM_REBOUND
 * @param yoyRisePercent rise over the same period last year for YOY_REBOUND
 * @param yoyPollutants pollutants whose period means are compared year over year
 * @param targetAllowanceWarning TARGET_AT_RISK once the non-good days still allowed are
 * this few or fewer
 * @param rankingBottomCount how many districts at the bottom of a ranking are signalled
 * @param rankingMinimumDistricts rankings with fewer districts signal nothing
 * @param silentAfter STATION_SILENT once an active station has sent nothing for this long
 */
public record SignalThresholds(int sustainedHours, BigDecimal reboundRisePercent, BigDecimal yoyRisePercent,
		List<Pollutant> yoyPollutants, int targetAllowanceWarning, int rankingBottomCount, int rankingMinimumDistricts,
		Duration silentAfter) {

	public static final SignalThresholds DEFAULTS = new SignalThresholds(3, BigDecimal.valueOf(30),
			BigDecimal.valueOf(5), List.of(Pollutant.PM2_5, Pollutant.PM10), 10, 3, 4, Duration.ofHours(2));

	public SignalThresholds {
		yoyPollutants = List.copyOf(yoyPollutants);
		if (sustainedHours < 1 || rankingBottomCount < 1 || silentAfter.isNegative() || silentAfter.isZero()) {
			throw new IllegalArgumentException("signal thresholds must be positive");
		}
	}
}
