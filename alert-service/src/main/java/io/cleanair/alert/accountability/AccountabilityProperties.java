package io.cleanair.alert.accountability;

import java.time.Duration;

import io.cleanair.core.accountability.LadderRules;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The accountability ladder ({@code aq.alert.accountability.*}).
 *
 * @param noticeAfterMonths consecutive months in the bottom three before a notice of
 * criticism (default 2)
 * @param yellowCardAfterMonths … before a yellow-card warning (default 3)
 * @param warningTalkAfterMonths … before the principal is summoned for a warning talk
 * (default 4)
 * @param scheduled false: months are evaluated only when asked through the API
 * @param checkInterval how often an instance looks whether last month (and, in January,
 * last year) is evaluated
 */
@ConfigurationProperties("aq.alert.accountability")
public record AccountabilityProperties(int noticeAfterMonths, int yellowCardAfterMonths, int warningTalkAfterMonths,
		Boolean scheduled, Duration checkInterval) {

	public AccountabilityProperties {
		scheduled = scheduled == null || scheduled;
		checkInterval = checkInterval == null ? Duration.ofHours(1) : checkInterval;
	}

	public LadderRules rules() {
		return new LadderRules(noticeAfterMonths, yellowCardAfterMonths, warningTalkAfterMonths);
	}
}
