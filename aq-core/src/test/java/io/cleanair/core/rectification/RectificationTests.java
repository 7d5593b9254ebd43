package io.cleanair.core.rectification;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static io.cleanair.core.rectification.RectificationStatus.IN_PROGRESS;
import static io.cleanair.core.rectification.RectificationStatus.OPEN;
import static io.cleanair.core.rectification.RectificationStatus.RECTIFIED;
import static io.cleanair.core.rectification.RectificationStatus.REOPENED;
import static io.cleanair.core.rectification.RectificationStatus.VERIFIED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The ledger's state machine and deadlines, on worked examples (Asia/Shanghai). */
class RectificationTests {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final RectificationClock clock = new RectificationClock(ZONE, null, null);

	private static Instant at(String localDateTime) {
		return java.time.LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant();
	}

	@Test
	void anItemGoesOpenInProgressRectifiedVerified() {
		RectificationStatus s = OPEN.moveTo(IN_PROGRESS).moveTo(RECTIFIED).moveTo(VERIFIED);
		assertThat(s).isEqualTo(VERIFIED);
	}

	@Test
	void aFailedCheckReopensAndTheWorkStartsAgain() {
		assertThat(RECTIFIED.moveTo(REOPENED).moveTo(IN_PROGRESS)).isEqualTo(IN_PROGRESS);
		assertThat(VERIFIED.canMoveTo(REOPENED)).isTrue();
	}

	@Test
	void nothingSkipsVerificationOrGoesBack() {
		assertThatThrownBy(() -> OPEN.moveTo(VERIFIED)).hasMessageContaining("cannot go from OPEN to VERIFIED");
		assertThatThrownBy(() -> IN_PROGRESS.moveTo(OPEN)).isInstanceOf(IllegalStateException.class);
		assertThat(VERIFIED.bureauOnly()).isTrue();
		assertThat(RECTIFIED.bureauOnly()).isFalse();
	}

	@Test
	void overdueFromTheDayAfterTheDeadlineInTheCitysZone() {
		LocalDate deadline = LocalDate.of(2026, 11, 30);
		assertThat(clock.overdue(OPEN, deadline, at("2026-11-30T23:59"))).isFalse();
		assertThat(clock.overdue(OPEN, deadline, at("2026-12-01T00:00"))).isTrue();
		assertThat(clock.overdue(RECTIFIED, deadline, at("2026-12-05T00:00"))).isFalse();
	}

	@Test
	void theEscalationClimbsOneStepAWeekUpToTheRoutesLength() {
		LocalDate deadline = LocalDate.of(2026, 11, 30);
		assertThat(clock.escalationLevel(OPEN, deadline, at("2026-11-30T12:00"), 3)).isZero();
		assertThat(clock.escalationLevel(OPEN, deadline, at("2026-12-01T08:00"), 3)).isEqualTo(1);
		assertThat(clock.escalationLevel(OPEN, deadline, at("2026-12-07T23:00"), 3)).isEqualTo(1);
		assertThat(clock.escalationLevel(OPEN, deadline, at("2026-12-08T00:00"), 3)).isEqualTo(2);
		assertThat(clock.escalationLevel(IN_PROGRESS, deadline, at("2027-03-01T00:00"), 3)).isEqualTo(3);
	}

	@Test
	void aWeeklyReportIsMissingAfterSevenDaysWithoutOne() {
		Instant last = at("2026-11-20T10:00");
		assertThat(clock.reportMissing(IN_PROGRESS, last, last.plus(Duration.ofDays(7)))).isFalse();
		assertThat(clock.reportMissing(IN_PROGRESS, last, last.plus(Duration.ofDays(7)).plusSeconds(1))).isTrue();
		assertThat(clock.reportMissing(VERIFIED, last, last.plus(Duration.ofDays(30)))).isFalse();
	}

}
