package io.cleanair.ingest.reading;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.cleanair.core.event.ReadingReceived;
import io.cleanair.core.pollutant.Pollutant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The latest accepted value per station, pollutant and hour (table {@code reading_ledger}). */
@Repository
class ReadingLedger {

	private final JdbcClient jdbc;

	ReadingLedger(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One accepted value as the ledger holds it. */
	record Entry(String stationId, Pollutant pollutant, Instant time, double value, int revision) {

		SeriesKey series() {
			return new SeriesKey(stationId, pollutant);
		}
	}

	record SeriesKey(String stationId, Pollutant pollutant) {
	}

	/** The entries of these stations from {@code from} to {@code to} inclusive, by series. */
	Map<SeriesKey, List<Entry>> between(Collection<String> stationIds, Instant from, Instant to) {
		Map<SeriesKey, List<Entry>> bySeries = new HashMap<>();
		if (stationIds.isEmpty()) {
			return bySeries;
		}
		jdbc.sql("""
				SELECT station_id, pollutant, time, value, revision FROM reading_ledger
				WHERE station_id = ANY (?) AND time BETWEEN ? AND ?
				""")
			.params(stationIds.toArray(String[]::new), Timestamp.from(from), Timestamp.from(to))
			.query((rs, row) -> new Entry(rs.getString("station_id"), Pollutant.valueOf(rs.getString("pollutant")),
					rs.getTimestamp("time").toInstant(), rs.getDouble("value"), rs.getInt("revision")))
			.list()
			.forEach(e -> bySeries.computeIfAbsent(e.series(), k -> new java.util.ArrayList<>()).add(e));
		return bySeries;
	}

	/**
	 * Records published readings in one statement; a higher revision replaces, a lower one never does. Times
	 * go as microseconds since the epoch (the database's precision) in binary arrays, which neither side
	 * has to format or parse as text.
	 */
	void record(List<ReadingReceived> readings) {
		if (readings.isEmpty()) {
			return;
		}
		int n = readings.size();
		String[] stations = new String[n];
		String[] pollutants = new String[n];
		long[] times = new long[n];
		double[] values = new double[n];
		int[] revisions = new int[n];
		long[] received = new long[n];
		for (int i = 0; i < n; i++) {
			ReadingReceived r = readings.get(i);
			stations[i] = r.stationId();
			pollutants[i] = r.pollutant().name();
			times[i] = epochMicros(r.time());
			values[i] = r.value();
			revisions[i] = r.revision();
			received[i] = epochMicros(r.receivedAt());
		}
		jdbc.sql("""
				INSERT INTO reading_ledger (station_id, pollutant, time, value, revision, received_at)
				SELECT station_id, pollutant, timestamptz 'epoch' + time * interval '1 microsecond', value, revision,
				       timestamptz 'epoch' + received_at * interval '1 microsecond'
				FROM unnest(?::text[], ?::text[], ?::int8[], ?::float8[], ?::int[], ?::int8[])
				  AS r (station_id, pollutant, time, value, revision, received_at)
				ON CONFLICT (station_id, pollutant, time) DO UPDATE
				  SET value = EXCLUDED.value, revision = EXCLUDED.revision, received_at = EXCLUDED.received_at
				  WHERE reading_ledger.revision <= EXCLUDED.revision
				""")
			.params(stations, pollutants, times, values, revisions, received)
			.update();
	}

	/** Rounded to the microsecond, as PostgreSQL rounds a time given as text. */
	static long epochMicros(Instant instant) {
		return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), (instant.getNano() + 500) / 1000);
	}
}
