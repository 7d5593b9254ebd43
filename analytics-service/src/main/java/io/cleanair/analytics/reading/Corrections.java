package io.cleanair.analytics.reading;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.cleanair.core.event.ReadingReceived;
import io.cleanair.core.pollutant.Pollutant;

/**
 * A batch in rounds that the store applies one after the other: a key (station,
 * pollutant, time) whose batch holds several different values — a value and its
 * correction arriving together — has its first value in round 1, the next different one
 * in round 2, and so on, so that each correction is numbered and its replaced value kept
 * as when they arrive apart. A value equal to the one before it (a retry in the same
 * batch) is left out. Nearly every batch is one round.
 */
final class Corrections {

	private record Key(String stationId, Pollutant pollutant, Instant time) {
	}

	private static final Comparator<ReadingReceived> ARRIVAL = Comparator.comparing(ReadingReceived::receivedAt);

	private Corrections() {
	}

	static List<List<ReadingReceived>> rounds(List<ReadingReceived> batch) {
		Map<Key, List<ReadingReceived>> byKey = new HashMap<>();
		boolean repeated = false;
		for (ReadingReceived r : batch) {
			List<ReadingReceived> values = byKey.computeIfAbsent(new Key(r.stationId(), r.pollutant(), r.time()),
					k -> new ArrayList<>(1));
			values.add(r);
			repeated |= values.size() > 1;
		}
		if (!repeated) {
			return List.of(batch);
		}
		List<List<ReadingReceived>> rounds = new ArrayList<>();
		rounds.add(new ArrayList<>());
		for (ReadingReceived r : batch) {
			List<ReadingReceived> values = byKey.get(new Key(r.stationId(), r.pollutant(), r.time()));
			if (values.size() == 1) {
				rounds.get(0).add(r);
				continue;
			}
			if (values.get(0) != r) {
				continue;
			}
			// in arrival order (stable: of equal times, the batch's order), each value
			// different from the one before
			List<ReadingReceived> arrived = new ArrayList<>(values);
			arrived.sort(ARRIVAL);
			int round = 0;
			ReadingReceived previous = null;
			for (ReadingReceived v : arrived) {
				if (previous != null && Double.compare(previous.value(), v.value()) == 0) {
					continue;
				}
				if (round == rounds.size()) {
					rounds.add(new ArrayList<>());
				}
				rounds.get(round++).add(v);
				previous = v;
			}
		}
		return rounds;
	}

}
