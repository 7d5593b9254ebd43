package io.cleanair.cli.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import io.cleanair.testsupport.TestClock;
import org.junit.jupiter.api.Test;

class SimulationRunTests {

	static final Instant NOW = Instant.parse("2026-11-28T16:00:00Z");
	static final Instant LAST_YEAR = Instant.parse("2025-11-28T16:00:00Z");

	final TestClock clock = new TestClock(NOW);

	final ClockSleeper sleeper = new ClockSleeper(clock);

	final List<List<SimulatedReading>> batches = new ArrayList<>();

	final List<String> log = new ArrayList<>();

	final ReadingGenerator generator = new ReadingGenerator(Stations.generated(3, 1, 1), ZoneId.of("Asia/Shanghai"), 0,
			1);

	ReadingSender acceptingAll = readings -> {
		batches.add(readings);
		return new IngestResult(readings.size() - 1, Map.of("BAD_VALUE", 1));
	};

	SimulationRun run(ReadingSender sender, Instant from, double speed, Instant until, Instant deadline,
			boolean future) {
		return new SimulationRun(generator, sender,
				new SimulationRun.Settings(from, speed, until, deadline, future, 1000, 3, Duration.ofSeconds(2)), clock,
				sleeper, log::add);
	}

	@Test
	void aYearInAnHourSendsEachHourEveryFourHundredthOfASecond() throws Exception {
		SimulationRun.Summary summary = run(acceptingAll, LAST_YEAR, 8760, LAST_YEAR.plus(Duration.ofHours(48)), null,
				false)
			.run();
		assertThat(summary.hours()).isEqualTo(48);
		assertThat(summary.sent()).isEqualTo(48 * 18);
		assertThat(summary.accepted()).isEqualTo(48 * 17);
		assertThat(summary.rejectedByCode()).containsEntry("BAD_VALUE", 48);
		assertThat(sleeper.wakeUps.get(0)).isEqualTo(NOW.plusNanos((long) (3_600e9 / 8760)));
		assertThat(clock.instant()).isEqualTo(NOW.plusNanos((long) (48 * 3_600e9 / 8760)));
		assertThat(batches.get(0).get(0).time()).isEqualTo("2025-11-29T00:00:00+08:00");
		assertThat(log).hasSize(2).first().asString().startsWith("up to 2025-11-29T16:00:00Z: 24 hours");
	}

	@Test
	void aFastClockWaitsForTheRealOneOnceItCatchesUp() throws Exception {
		Instant from = NOW.minus(Duration.ofHours(2));
		run(acceptingAll, from, 3600, NOW.plus(Duration.ofHours(2)), null, false).run();
		assertThat(batches).hasSize(4);
		// two past hours after one and two seconds, then each hour once it has ended on
		// the real clock
		assertThat(sleeper.wakeUps).containsExactly(NOW.plusSeconds(1), NOW.plusSeconds(2),
				NOW.plus(Duration.ofHours(1)), NOW.plus(Duration.ofHours(2)));
	}

	@Test
	void withFutureTheClockRunsAheadOfTheRealOne() throws Exception {
		run(acceptingAll, NOW, 3600, NOW.plus(Duration.ofHours(3)), null, true).run();
		assertThat(sleeper.wakeUps).containsExactly(NOW.plusSeconds(1), NOW.plusSeconds(2), NOW.plusSeconds(3));
	}

	@Test
	void theWallClockDeadlineEndsTheRun() throws Exception {
		SimulationRun.Summary summary = run(acceptingAll, LAST_YEAR, 3600, null, NOW.plusSeconds(10), false).run();
		assertThat(summary.hours()).isEqualTo(10);
	}

	@Test
	void aBatchIsRetriedAfterATransientFailure() throws Exception {
		int[] calls = { 0 };
		ReadingSender flaky = readings -> {
			if (calls[0]++ == 0) {
				throw new ReadingSender.RetryableException("503", null);
			}
			return new IngestResult(readings.size(), Map.of());
		};
		SimulationRun.Summary summary = run(flaky, LAST_YEAR, 3600, LAST_YEAR.plus(Duration.ofHours(1)), null, false)
			.run();
		assertThat(summary.accepted()).isEqualTo(18);
		assertThat(summary.failedBatches()).isZero();
		assertThat(sleeper.wakeUps).containsExactly(NOW.plusSeconds(1), NOW.plusSeconds(3));
	}

	@Test
	void aBatchThatKeepsFailingIsCountedAndTheRunGoesOn() throws Exception {
		ReadingSender down = readings -> {
			throw new ReadingSender.RetryableException("connection refused", null);
		};
		SimulationRun.Summary summary = run(down, LAST_YEAR, 3600, LAST_YEAR.plus(Duration.ofHours(2)), null, false)
			.run();
		assertThat(summary.failedBatches()).isEqualTo(2);
		assertThat(summary.describe()).endsWith("2 batches not delivered");
		assertThat(log).anySatisfy(line -> assertThat(line).startsWith("giving up on a batch of 18 readings"));
	}

	@Test
	void aRefusalThatRetryingCannotFixEndsTheRun() {
		ReadingSender refusing = readings -> {
			throw new IOException("POST /api/v1/readings answered 401");
		};
		assertThatThrownBy(() -> run(refusing, LAST_YEAR, 3600, null, null, false).run()).hasMessageContaining("401");
	}

	@Test
	void bigHoursAreSplitIntoBatches() throws Exception {
		new SimulationRun(
				generator, acceptingAll, new SimulationRun.Settings(LAST_YEAR, 3600,
						LAST_YEAR.plus(Duration.ofHours(1)), null, false, 10, 1, Duration.ZERO),
				clock, sleeper, log::add)
			.run();
		assertThat(batches).extracting(List::size).containsExactly(10, 8);
	}

}
