package io.cleanair.core.alerting;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuietHoursTests {

	@Test
	void windowAcrossMidnight() {
		QuietHours q = new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0), ZoneOffset.ofHours(8));
		assertThat(q.contains(Instant.parse("2026-11-28T13:59:59Z"))).isFalse(); // 21:59:59
		assertThat(q.contains(Instant.parse("2026-11-28T14:00:00Z"))).isTrue(); // 22:00
		assertThat(q.contains(Instant.parse("2026-11-28T22:59:59Z"))).isTrue(); // 06:59:59
		assertThat(q.contains(Instant.parse("2026-11-28T23:00:00Z"))).isFalse(); // 07:00
		assertThat(q.deliverableFrom(Instant.parse("2026-11-28T14:30:00Z")))
			.isEqualTo(Instant.parse("2026-11-28T23:00:00Z"));
		assertThat(q.deliverableFrom(Instant.parse("2026-11-28T20:00:00Z")))
			.isEqualTo(Instant.parse("2026-11-28T23:00:00Z"));
		assertThat(q.deliverableFrom(Instant.parse("2026-11-28T05:00:00Z")))
			.isEqualTo(Instant.parse("2026-11-28T05:00:00Z"));
	}

	@Test
	void windowWithinADay() {
		QuietHours q = new QuietHours(LocalTime.of(12, 0), LocalTime.of(14, 0), ZoneOffset.UTC);
		assertThat(q.contains(Instant.parse("2026-11-28T12:00:00Z"))).isTrue();
		assertThat(q.contains(Instant.parse("2026-11-28T14:00:00Z"))).isFalse();
		assertThat(q.deliverableFrom(Instant.parse("2026-11-28T13:00:00Z")))
			.isEqualTo(Instant.parse("2026-11-28T14:00:00Z"));
	}

	@Test
	void emptyWindowIsRejected() {
		assertThatThrownBy(() -> new QuietHours(LocalTime.NOON, LocalTime.NOON, ZoneOffset.UTC))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
