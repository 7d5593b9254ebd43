package io.cleanair.alert.rectification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The rectification ledger ({@code aq.alert.rectification.*}).
 *
 * @param reportEvery a progress report is due from the responsible official this often
 * (default P7D)
 * @param escalationEvery an overdue item climbs one step of the district's default alert
 * route this often (P7D)
 * @param checkInterval how often an instance looks for missing reports and overdue items
 * @param scheduled false: only {@code POST /api/v1/rectifications/sweeps} looks
 */
@ConfigurationProperties("aq.alert.rectification")
public record RectificationProperties(Duration reportEvery, Duration escalationEvery, Duration checkInterval,
		Boolean scheduled) {

	public RectificationProperties {
		reportEvery = reportEvery == null ? Duration.ofDays(7) : reportEvery;
		escalationEvery = escalationEvery == null ? Duration.ofDays(7) : escalationEvery;
		checkInterval = checkInterval == null ? Duration.ofMinutes(5) : checkInterval;
		scheduled = scheduled == null || scheduled;
	}
}
