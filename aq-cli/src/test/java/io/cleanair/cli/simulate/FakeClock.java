package io.cleanair.cli.simulate;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A wall clock that only moves when the simulation asks to sleep; it records every
 * wake-up.
 */
final class FakeClock extends Clock implements SimulationRun.Sleeper {

	private Instant now;

	final List<Instant> wakeUps = new ArrayList<>();

	FakeClock(Instant now) {
		this.now = now;
	}

	@Override
	public void sleepUntil(Instant wallTime) {
		wakeUps.add(wallTime);
		if (wallTime.isAfter(now)) {
			now = wallTime;
		}
	}

	@Override
	public Instant instant() {
		return now;
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

}
