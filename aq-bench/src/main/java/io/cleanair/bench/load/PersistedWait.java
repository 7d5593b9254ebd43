package io.cleanair.bench.load;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import io.cleanair.bench.stack.StackClient;

/**
 * Waits until analytics answers the last reading of every station posted (per station,
 * Kafka keeps the order a lane posted in, so the last one stored means all are). Answers
 * the System.nanoTime() it saw the last one, within one round of polls.
 */
public final class PersistedWait {

	private final StackClient stack;

	public PersistedWait(StackClient stack) {
		this.stack = stack;
	}

	/**
	 * @param lastHours each station's last hour posted (its last pollutant, O3, is looked
	 * for)
	 */
	public long await(Map<String, Instant> lastHours, Duration timeout) throws Exception {
		List<String> pending = new ArrayList<>(lastHours.keySet());
		long deadline = System.nanoTime() + timeout.toNanos();
		long seen = System.nanoTime();
		String last = LoadPlan.POLLUTANTS.get(LoadPlan.POLLUTANTS.size() - 1);
		while (!pending.isEmpty()) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException(
						pending.size() + " stations' last readings not queryable after " + timeout);
			}
			// a round ends at the first station not done yet: while the consumers drain,
			// polling every station each round would take the stack's cores from them
			for (Iterator<String> it = pending.iterator(); it.hasNext();) {
				String station = it.next();
				if (!stack.queryable(station, lastHours.get(station), last)) {
					break;
				}
				seen = System.nanoTime();
				it.remove();
			}
			if (!pending.isEmpty()) {
				Thread.sleep(20);
			}
		}
		return seen;
	}

}
