package io.cleanair.core.rectification;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The ledger's deadlines, in the city's zone.
 * <ul>
 * <li>an item awaiting rectification is overdue from the day after its deadline;</li>
 * <li>its overdue escalation level is 1 on the first overdue day, and one more each
 * {@code escalationEvery} after that, capped at {@code maxLevel} (the number of steps of
 * the route it climbs);</li>
 * <li>a weekly progress report is missing when the item awaits rectification and the last
 * report (or the assignment) is more than {@code reportEvery} old.</li>
 * </ul>
 */
public record RectificationClock(ZoneId zone, Duration escalationEvery, Duration reportEvery) {

	public RectificationClock {
		escalationEvery = escalationEvery == null ? Duration.ofDays(7) : escalationEvery;
		reportEvery = reportEvery == null ? Duration.ofDays(7) : reportEvery;
	}

	public boolean overdue(RectificationStatus status, LocalDate deadline, Instant now) {
		return status.awaitingRectification() && LocalDate.ofInstant(now, zone).isAfter(deadline);
	}

	/** 0 when not overdue; else 1, 2, … up to {@code maxLevel}. */
	public int escalationLevel(RectificationStatus status, LocalDate deadline, Instant now, int maxLevel) {
		if (!overdue(status, deadline, now) || maxLevel <= 0) {
			return 0;
		}
		Instant overdueSince = deadline.plusDays(1).atStartOfDay(zone).toInstant();
		long periods = Duration.between(overdueSince, now).toMillis() / escalationEvery.toMillis();
		return (int) Math.min(maxLevel, 1 + periods);
	}

	/**
	 * @param lastReport the last progress report, or the assignment when there is none
	 * yet
	 */
	public boolean reportMissing(RectificationStatus status, Instant lastReport, Instant now) {
		return status.awaitingRectification() && Duration.between(lastReport, now).compareTo(reportEvery) > 0;
	}

	/**
	 * The number of the report period {@code now} falls in, counted from {@code since}
	 * (for reminding once a period).
	 */
	public long reportPeriod(Instant since, Instant now) {
		return ChronoUnit.MILLIS.between(since, now) / reportEvery.toMillis();
	}
}
