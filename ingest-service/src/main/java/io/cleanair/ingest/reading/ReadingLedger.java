package io.cleanair.ingest.reading;

import java.time.Instant;
import java.util.ArrayList;
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

	/**
	 * The entries of each series within its span (from, to inclusive), by series. Each series is one range
	 * of the primary key, so the read costs what it returns: neither the ledger's size nor how far apart
	 * in time the series of a batch are matters (a query by station and overall span scanned whole
	 * stations, or the whole table).
	 */
	Map<SeriesKey, List<Entry>> history(Map<SeriesKey, Instant[]> spans) {
		Map<SeriesKey, List<Entry>> bySeries = new HashMap<>();
		if (spans.isEmpty()) {
			return bySeries;
		}
		int n = spans.size();
		String[] stations = new String[n];
		String[] pollutants = new String[n];
		long[] from = new long[n];
		long[] to = new long[n];
		int i = 0;
		for (Map.Entry<SeriesKey, Instant[]> span : spans.entrySet()) {
			stations[i] = span.getKey().stationId();
			pollutants[i] = span.getKey().pollutant().name();
			from[i] = epochMicros(span.getValue()[0]);
			to[i++] = epochMicros(span.getValue()[1]);
		}
		jdbc.sql("""
				SELECT l.station_id, l.pollutant, l.time, l.value, l.revision
				FROM unnest(?::text[], ?::text[], ?::int8[], ?::int8[]) AS s (station_id, pollutant, from_us, to_us)
				JOIN reading_ledger l ON l.station_id = s.station_id AND l.pollutant = s.pollutant
				  AND l.time BETWEEN timestamptz 'epoch' + s.from_us * interval '1 microsecond'
				                 AND timestamptz 'epoch' + s.to_us * interval '1 microsecond'
				""")
			.params(stations, pollutants, from, to)
			.query(rs -> {
				Entry e = new Entry(rs.getString(1), Pollutant.valueOf(rs.getString(2)), rs.getTimestamp(3).toInstant(),
						rs.getDouble(4), rs.getInt(5));
				bySeries.computeIfAbsent(e.series(), k -> new ArrayList<>()).add(e);
			});
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
