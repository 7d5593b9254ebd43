package io.cleanair.core.qc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import io.cleanair.core.pollutant.Pollutant;
import org.junit.jupiter.api.Test;

class SeriesChecksTests {

	private static final Instant T0 = Instant.parse("2016-07-04T00:00:00Z");

	@Test
	void anIsolatedValueFarAboveTheRecentLevelIsASpike() {
		SeriesChecks o3 = new SeriesChecks(SuspiciousValues.DEFAULTS, Pollutant.O3);
		for (int h = 0; h < 15; h++) {
			assertThat(o3.next(T0.plus(Duration.ofHours(h)), 60 + h % 3)).isEmpty();
		}

		assertThat(o3.next(T0.plus(Duration.ofHours(15)), 500)).containsExactly(QcFlag.SPIKE);
	}

	@Test
	void twelveIdenticalHoursAreStuckAndHistoryOlderThanTheChecksIsForgotten() {
		SeriesChecks pm = new SeriesChecks(SuspiciousValues.DEFAULTS, Pollutant.PM2_5);
		for (int h = 0; h < 11; h++) {
			assertThat(pm.next(T0.plus(Duration.ofHours(h)), 42)).isEmpty();
		}
		assertThat(pm.next(T0.plus(Duration.ofHours(11)), 42)).containsExactly(QcFlag.STUCK);

		// a day later the old level no longer counts: 500 after a long gap is no spike
		assertThat(pm.next(T0.plus(Duration.ofHours(40)), 500)).isEmpty();
	}

	@Test
	void valuesOutOfTimeOrderAreRefused() {
		SeriesChecks pm = new SeriesChecks(SuspiciousValues.DEFAULTS, Pollutant.PM2_5);
		pm.next(T0.plus(Duration.ofHours(2)), 10);

		assertThatThrownBy(() -> pm.next(T0, 10)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void masksNameTheQcFlagsAndIgnoreTheSendersMarks() {
		int mask = QcFlag.mask(java.util.List.of("sender:H", "STUCK", "SPIKE"));

		assertThat(QcFlag.ofMask(mask)).containsExactly(QcFlag.SPIKE, QcFlag.STUCK);
		assertThat(QcFlag.mask(java.util.List.of("sender:C"))).isZero();
	}

}
