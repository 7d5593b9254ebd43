package io.cleanair.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock tests set and move; nothing sleeps. Until it is set (or built with a start) it
 * follows the system clock, so that a context shared by tests that never touch time
 * behaves as in production.
 */
public final class TestClock extends Clock {

	private final AtomicReference<Instant> now;

	/**
	 * Follows the system clock until {@link #set(Instant)} or {@link #advance(Duration)}.
	 */
	public TestClock() {
		this.now = new AtomicReference<>();
	}

	public TestClock(Instant start) {
		this.now = new AtomicReference<>(start);
	}

	public void set(Instant instant) {
		now.set(instant);
	}

	public void advance(Duration d) {
		now.updateAndGet(i -> (i == null ? Instant.now() : i).plus(d));
	}

	@Override
	public Instant instant() {
		Instant i = now.get();
		return i == null ? Instant.now() : i;
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
