package io.cleanair.cli.simulate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.cleanair.testsupport.TestClock;

/**
 * Sleeps by moving a {@link TestClock} on to the wake-up time, so that the wall clock
 * only moves when the simulation asks to sleep; records every wake-up.
 */
final class ClockSleeper implements SimulationRun.Sleeper {

	final TestClock clock;

	final List<Instant> wakeUps = new ArrayList<>();

	ClockSleeper(TestClock clock) {
		this.clock = clock;
	}

	@Override
	public void sleepUntil(Instant wallTime) {
		wakeUps.add(wallTime);
		if (wallTime.isAfter(clock.instant())) {
			clock.set(wallTime);
		}
	}

}
