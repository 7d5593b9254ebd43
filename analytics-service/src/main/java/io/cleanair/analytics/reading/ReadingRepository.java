package io.cleanair.analytics.reading;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cleanair.analytics.config.AnalyticsProperties;
import io.cleanair.analytics.daily.HourlyRepository;
import io.cleanair.analytics.daily.StationDayKey;
import io.cleanair.analytics.daily.TouchedDays;
import io.cleanair.core.assessment.StationDayHours;
import io.cleanair.core.event.ReadingReceived;
import io.cleanair.core.pollutant.Pollutant;
import io.cleanair.core.qc.QcFlag;
import io.cleanair.core.qc.SuspiciousValues;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ReadingRepository {

	/**
	 * One statement, one round trip, for a whole batch:
	 * <ol>
	 * <li>read the stored readings of every station-hour of the batch (one index range
	 * each), and decide per reading: a first value is revision 0; a <em>different</em>
	 * value received after the stored one is a correction, revision + 1, and the value it
	 * replaces goes to {@code reading_revision}; an identical value (a client's retry, a
	 * resend after a 503, a Kafka redelivery) and a value received no later than the
	 * stored one (a redelivery of what a correction replaced) change nothing; within the
	 * batch the last received value of a key wins (of equal times, the later in the
	 * batch);</li>
	 * <li>merge the changes into {@code reading}, the store of record. A reading that is
	 * the only one of its station, pollutant and hour and starts on the hour is marked
	 * {@code whole_hour}: it <em>is</em> the hourly value, and no second row is written
	 * for it. When a second reading (or one within the hour) arrives for such an hour,
	 * the first loses the mark;</li>
	 * <li>note when each station last sent anything (for STATION_SILENT) — a station not
	 * yet known takes the reading's district — and return each station's district;</li>
	 * <li>recompute into {@code hourly_mean} the hourly value of every other changed hour
	 * (the mean of the readings whose period starts in the hour: the batch's plus the
	 * hour's other stored readings), with the union of their QC flags (a bit mask) and
	 * the minutes they sampled, by the rule of
	 * {@link io.cleanair.core.validity.HourCoverage}: each reading covers until the next
	 * one, at most the hour's shortest gap between readings, never past the hour;</li>
	 * <li>return every hourly value of every station-day those hours fall on, for the
	 * daily computation: the changed ones, and the others of the days the caller does not
	 * already hold ({@link RecentDays}).</li>
	 * </ol>
	 * All parts of a statement see the tables as they were before it, so the stored
	 * readings of an hour are read once, before any write, and the day's stored hourly
	 * values ({@code H}) include the previous values of the hours it recomputes; the new
	 * ones ({@code N}, from the {@code RETURNING} of the writes) replace those here,
	 * after the statement. The rows one part writes are never written by another (a
	 * reading is either merged or, unchanged, only loses its mark).
	 * <p>
	 * No part joins a data-modifying {@code WITH} to rows one by one: the planner cannot
	 * know how many rows such a part returns and estimates one, and an anti-join by
	 * nested loop over the batch's changed hours cost 1.3 s for a batch of 600 hourly
	 * readings whose days had 7,200 stored hours.
	 * <p>
	 * The lookups into {@code reading} and {@code hourly_value} are
	 * {@code LATERAL … OFFSET 0}: one index range per key of the batch, whatever the
	 * planner believes about the tables' sizes. As plain joins, a young table's
	 * statistics talked the planner into hashing whole tables (a fresh installation
	 * persisted a third of what it did once the statistics caught up).
	 */
	private static final String STORE = """
			WITH incoming AS (
			    SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::timestamptz[], ?::float8[],
			                         ?::timestamptz[], ?::text[], ?::int2[]) WITH ORDINALITY
			        AS i(station_id, district_id, pollutant, time, value, received_at, flags, qc_mask, position)
			),
			latest AS (
			    SELECT DISTINCT ON (station_id, pollutant, time) *, date_trunc('hour', time, ?) AS hour
			    FROM incoming ORDER BY station_id, pollutant, time, received_at DESC, position DESC
			),
			station_hours AS (
			    SELECT DISTINCT station_id, hour FROM latest
			),
			stored AS (
			    SELECT h.station_id, r.pollutant, h.hour, r.time, r.revision, r.value, r.qc_flags, r.qc_mask,
			           r.received_at, r.whole_hour
			    FROM station_hours h
			    CROSS JOIN LATERAL (SELECT r.pollutant, r.time, r.revision, r.value, r.qc_flags, r.qc_mask, r.received_at,
			                               r.whole_hour
			                        FROM reading r
			                        WHERE r.station_id = h.station_id AND r.time >= h.hour
			                          AND r.time < h.hour + interval '1 hour' OFFSET 0) r
			),
			composition AS (
			    SELECT station_id, pollutant, hour, count(*) = 1 AND bool_and(time = hour) AS whole
			    FROM (SELECT station_id, pollutant, hour, time FROM latest
			          UNION SELECT station_id, pollutant, hour, time FROM stored) t
			    GROUP BY station_id, pollutant, hour
			),
			decided AS (
			    SELECT l.*, c.whole, p.revision AS previous_revision,
			           p.time IS NULL OR (l.received_at > p.received_at AND p.value IS DISTINCT FROM l.value) AS changes
			    FROM latest l
			    JOIN composition c ON c.station_id = l.station_id AND c.pollutant = l.pollutant AND c.hour = l.hour
			    LEFT JOIN stored p ON p.station_id = l.station_id AND p.pollutant = l.pollutant AND p.time = l.time
			),
			merged AS (
			    INSERT INTO reading (station_id, district_id, pollutant, time, value, revision, received_at, qc_flags,
			                         qc_mask, whole_hour)
			    SELECT station_id, district_id, pollutant, time, value, coalesce(previous_revision + 1, 0), received_at,
			           NULLIF(flags, '{}')::text[], qc_mask, whole
			    FROM decided WHERE changes
			    ON CONFLICT (station_id, pollutant, time) DO UPDATE
			      SET value = EXCLUDED.value, revision = EXCLUDED.revision, district_id = EXCLUDED.district_id,
			          received_at = EXCLUDED.received_at, qc_flags = EXCLUDED.qc_flags, qc_mask = EXCLUDED.qc_mask,
			          whole_hour = EXCLUDED.whole_hour, stored_at = now()
			      WHERE EXCLUDED.received_at > reading.received_at
			    RETURNING station_id, pollutant, time, value, qc_mask, whole_hour, date_trunc('hour', time, ?) AS hour
			),
			unmarked AS (
			    UPDATE reading r SET whole_hour = false
			    FROM (SELECT s.station_id, s.pollutant, s.time
			          FROM stored s
			          JOIN composition c ON c.station_id = s.station_id AND c.pollutant = s.pollutant AND c.hour = s.hour
			          WHERE s.whole_hour AND NOT c.whole
			          EXCEPT
			          SELECT station_id, pollutant, time FROM decided WHERE changes) k
			    WHERE r.station_id = k.station_id AND r.time = k.time AND r.pollutant = k.pollutant
			),
			replaced AS (
			    INSERT INTO reading_revision (station_id, pollutant, time, revision, value, qc_flags, received_at)
			    SELECT p.station_id, p.pollutant, p.time, p.revision, p.value, p.qc_flags, p.received_at
			    FROM stored p JOIN merged m ON m.station_id = p.station_id AND m.pollutant = p.pollutant AND m.time = p.time
			    ON CONFLICT DO NOTHING
			),
			arrivals AS (
			    INSERT INTO station (station_id, district_id, last_reading_at)
			    SELECT station_id, max(district_id), max(received_at) FROM incoming GROUP BY station_id
			    ON CONFLICT (station_id) DO UPDATE
			      SET last_reading_at = greatest(station.last_reading_at, EXCLUDED.last_reading_at)
			    RETURNING station_id, district_id
			),
			changed_hours AS (
			    SELECT DISTINCT station_id, pollutant, hour, whole_hour FROM merged
			),
			hour_readings AS (
			    SELECT DISTINCT ON (station_id, pollutant, time) station_id, pollutant, hour, time, value, qc_mask
			    FROM (SELECT station_id, pollutant, hour, time, value, qc_mask, 0 AS stale FROM merged WHERE NOT whole_hour
			          UNION ALL
			          SELECT s.station_id, s.pollutant, s.hour, s.time, s.value, s.qc_mask, 1
			          FROM stored s
			          JOIN changed_hours h ON h.station_id = s.station_id AND h.pollutant = s.pollutant AND h.hour = s.hour
			          WHERE NOT h.whole_hour) r
			    ORDER BY station_id, pollutant, time, stale
			),
			spans AS (
			    SELECT station_id, pollutant, hour, time, value, qc_mask,
			           lead(time) OVER w AS next_time
			    FROM hour_readings WINDOW w AS (PARTITION BY station_id, pollutant, hour ORDER BY time)
			),
			sampled AS (
			    SELECT *, coalesce(min(next_time - time) OVER (PARTITION BY station_id, pollutant, hour),
			                       interval '1 hour') AS cadence
			    FROM spans
			),
			hourly AS (
			    INSERT INTO hourly_mean (station_id, pollutant, hour, value, samples, qc_mask, minutes_sampled)
			    SELECT station_id, pollutant, hour, avg(value), count(*), bit_or(qc_mask),
			           floor(extract(epoch FROM sum(least(coalesce(next_time, hour + interval '1 hour') - time,
			                                              cadence))) / 60)
			    FROM sampled
			    GROUP BY station_id, pollutant, hour
			    ON CONFLICT (station_id, pollutant, hour) DO UPDATE
			      SET value = EXCLUDED.value, samples = EXCLUDED.samples, qc_mask = EXCLUDED.qc_mask,
			          minutes_sampled = EXCLUDED.minutes_sampled
			    RETURNING station_id, pollutant, hour, value, qc_mask, minutes_sampled
			),
			changed_days AS (
			    SELECT DISTINCT station_id, (hour AT TIME ZONE ?)::date AS day FROM changed_hours
			),
			unknown_days AS (
			    SELECT station_id, day FROM changed_days
			    EXCEPT
			    SELECT station_id, day FROM unnest(?::text[], ?::date[]) AS k(station_id, day)
			)
			SELECT 'N' AS kind, station_id, pollutant, hour, value, qc_mask, minutes_sampled FROM hourly
			UNION ALL
			SELECT 'N', station_id, pollutant, time, value, qc_mask, 60 FROM merged WHERE whole_hour
			UNION ALL
			SELECT 'H', v.station_id, v.pollutant, v.hour, v.value, v.qc_mask, v.minutes_sampled
			FROM unknown_days d
			CROSS JOIN LATERAL (SELECT v.station_id, v.pollutant, v.hour, v.value, v.qc_mask, v.minutes_sampled
			                    FROM hourly_value v
			                    WHERE v.station_id = d.station_id AND v.pollutant = ANY (?::text[])
			                      AND v.hour >= (d.day::timestamp AT TIME ZONE ?)
			                      AND v.hour < ((d.day + 1)::timestamp AT TIME ZONE ?) OFFSET 0) v
			UNION ALL
			SELECT 'S', station_id, district_id, NULL, NULL, NULL, NULL FROM arrivals
			""";

	/**
	 * The first key of the stations' advisory locks ({@link #lockStations}); the second
	 * is the station's hash.
	 */
	private static final int STATION_LOCKS = 0x61715354;

	private final JdbcClient jdbc;

	private final ZoneId zone;

	ReadingRepository(JdbcClient jdbc, AnalyticsProperties properties) {
		this.jdbc = jdbc;
		this.zone = properties.zone();
	}

	/**
	 * Stores the readings and recomputes the hourly values they change, in one round
	 * trip. Returns the station-days whose hourly values changed, each with all its
	 * hourly values, and the district of every station of the batch.
	 */
	public TouchedDays store(List<ReadingReceived> readings) {
		return store(readings, Map.of()).touched();
	}

	/**
	 * As {@link #store(List)}, for a caller that already holds some days' hourly values
	 * ({@code known}, as they are stored): those are not read back, only their changed
	 * hours are applied to a copy.
	 */
	StoredDays store(List<ReadingReceived> readings, Map<StationDayKey, DayRows> known) {
		if (readings.isEmpty()) {
			return new StoredDays(Map.of(), Map.of());
		}
		int n = readings.size();
		String[] stations = new String[n];
		String[] districts = new String[n];
		String[] pollutants = new String[n];
		String[] times = new String[n];
		double[] values = new double[n];
		String[] received = new String[n];
		String[] flags = new String[n];
		short[] masks = new short[n];
		for (int i = 0; i < n; i++) {
			ReadingReceived r = readings.get(i);
			stations[i] = r.stationId();
			districts[i] = r.districtId();
			pollutants[i] = r.pollutant().name();
			times[i] = r.time().toString();
			values[i] = r.value();
			received[i] = r.receivedAt().toString();
			flags[i] = arrayLiteral(r.qcFlags());
			masks[i] = (short) QcFlag.mask(r.qcFlags());
		}
		String[] knownStations = new String[known.size()];
		String[] knownDays = new String[known.size()];
		int k = 0;
		for (StationDayKey key : known.keySet()) {
			knownStations[k] = key.stationId();
			knownDays[k++] = key.day().toString();
		}
		String zoneId = zone.getId();
		Map<StationDayKey, DayRows> days = new LinkedHashMap<>();
		Map<String, String> districtOf = new HashMap<>();
		List<Runnable> fresh = new ArrayList<>();
		jdbc.sql(STORE)
			.params(stations, districts, pollutants, times, values, received, flags, masks, zoneId, zoneId, zoneId,
					knownStations, knownDays, HourlyRepository.POLLUTANTS, zoneId, zoneId)
			.query(rs -> {
				String kind = rs.getString(1);
				if (kind.equals("S")) {
					districtOf.put(rs.getString(2), rs.getString(3));
					return;
				}
				ZonedDateTime hour = rs.getTimestamp(4).toInstant().atZone(zone);
				DayRows day = days.computeIfAbsent(new StationDayKey(rs.getString(2), hour.toLocalDate()), key -> {
					DayRows held = known.get(key);
					return held == null ? new DayRows() : held.copy();
				});
				Pollutant pollutant = Pollutant.valueOf(rs.getString(3));
				double value = rs.getDouble(5);
				int mask = rs.getInt(6);
				int minutes = rs.getInt(7);
				Runnable set = () -> day.set(pollutant, hour.getHour() + 1, value, minutes, mask);
				if (kind.equals("N")) {
					fresh.add(set);
				}
				else {
					set.run();
				}
			});
		// the recomputed hours replace their previous values
		fresh.forEach(Runnable::run);
		return new StoredDays(days, districtOf);
	}

	/**
	 * What a store changed: each changed station-day with all its hourly values, and the
	 * district of every station of the batch.
	 */
	record StoredDays(Map<StationDayKey, DayRows> days, Map<String, String> districtOf) {

		TouchedDays touched() {
			Map<StationDayKey, StationDayHours> hours = new LinkedHashMap<>();
			days.forEach((key, rows) -> hours.put(key, rows.hours()));
			return new TouchedDays(hours, districtOf);
		}

	}

	/**
	 * Takes each station's transaction lock, in one order (so two batches never wait for
	 * each other): a station's live and backfill readings come through different
	 * consumers, and the batches that store them must not recompute one station-day each
	 * from the other's uncommitted hours.
	 */
	void lockStations(Collection<String> stationIds) {
		jdbc.sql("""
				SELECT count(pg_advisory_xact_lock(?, hashtext(s.station_id)))
				FROM (SELECT DISTINCT station_id FROM unnest(?::text[]) AS u(station_id) ORDER BY 1) s
				""").params(STATION_LOCKS, stationIds.toArray(String[]::new)).query().singleRow();
	}

	/**
	 * The stored values of each series within its span (from, to inclusive): one index
	 * range of the primary key (station, time) per series, so the read costs what it
	 * returns.
	 */
	Map<SeriesQc.SeriesKey, List<SuspiciousValues.Earlier>> recentValues(Map<SeriesQc.SeriesKey, Instant[]> spans) {
		Map<SeriesQc.SeriesKey, List<SuspiciousValues.Earlier>> bySeries = new HashMap<>();
		if (spans.isEmpty()) {
			return bySeries;
		}
		int n = spans.size();
		String[] stations = new String[n];
		String[] pollutants = new String[n];
		String[] from = new String[n];
		String[] to = new String[n];
		int i = 0;
		for (Map.Entry<SeriesQc.SeriesKey, Instant[]> span : spans.entrySet()) {
			stations[i] = span.getKey().stationId();
			pollutants[i] = span.getKey().pollutant().name();
			from[i] = span.getValue()[0].toString();
			to[i++] = span.getValue()[1].toString();
		}
		jdbc.sql(
				"""
						SELECT s.station_id, s.pollutant, r.time, r.value
						FROM unnest(?::text[], ?::text[], ?::timestamptz[], ?::timestamptz[]) AS s (station_id, pollutant, from_t, to_t)
						CROSS JOIN LATERAL (SELECT r.time, r.value FROM reading r
						                    WHERE r.station_id = s.station_id AND r.time BETWEEN s.from_t AND s.to_t
						                      AND r.pollutant = s.pollutant OFFSET 0) r
						""")
			.params(stations, pollutants, from, to)
			.query(rs -> {
				SeriesQc.SeriesKey key = new SeriesQc.SeriesKey(rs.getString(1), Pollutant.valueOf(rs.getString(2)));
				bySeries.computeIfAbsent(key, k -> new ArrayList<>())
					.add(new SuspiciousValues.Earlier(rs.getTimestamp(3).toInstant(), rs.getDouble(4)));
			});
		return bySeries;
	}

	/**
	 * The values corrections replaced at a station in [from, to), oldest reading time
	 * first.
	 */
	public List<ReplacedValue> revisions(String stationId, Instant from, Instant to, int limit) {
		return jdbc
			.sql("""
					SELECT v.pollutant, v.time, v.revision, v.value, v.qc_flags, v.received_at, v.replaced_at, r.value, r.revision
					FROM reading_revision v
					LEFT JOIN reading r ON r.station_id = v.station_id AND r.time = v.time AND r.pollutant = v.pollutant
					WHERE v.station_id = ? AND v.time >= ? AND v.time < ? ORDER BY v.time, v.pollutant, v.revision LIMIT ?
					""")
			.params(stationId, Timestamp.from(from), Timestamp.from(to), limit)
			.query((rs, n) -> new ReplacedValue(stationId, Pollutant.valueOf(rs.getString(1)),
					rs.getTimestamp(2).toInstant(), rs.getInt(3), rs.getDouble(4), flags(rs.getArray(5)),
					rs.getTimestamp(6).toInstant(), rs.getTimestamp(7).toInstant(), rs.getDouble(8), rs.getInt(9)))
			.list();
	}

	public List<StoredReading> find(String stationId, Instant from, Instant to, int limit) {
		return jdbc.sql("""
				SELECT station_id, pollutant, time, value, revision, qc_flags FROM reading
				WHERE station_id = ? AND time >= ? AND time < ? ORDER BY time, pollutant LIMIT ?
				""")
			.params(stationId, Timestamp.from(from), Timestamp.from(to), limit)
			.query((rs, n) -> new StoredReading(rs.getString(1), Pollutant.valueOf(rs.getString(2)),
					rs.getTimestamp(3).toInstant(), rs.getDouble(4), rs.getInt(5), flags(rs.getArray(6))))
			.list();
	}

	/**
	 * A PostgreSQL array literal of the flags, each element quoted: a sender's flag may
	 * hold any character.
	 */
	static String arrayLiteral(List<String> flags) {
		StringBuilder literal = new StringBuilder("{");
		for (String flag : flags) {
			if (literal.length() > 1) {
				literal.append(',');
			}
			literal.append('"').append(flag.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
		}
		return literal.append('}').toString();
	}

	private static List<String> flags(Array array) throws SQLException {
		return array == null ? List.of() : List.of((String[]) array.getArray());
	}

	/**
	 * @param qcFlags the QC and sender flags the reading arrived with, empty when none
	 */
	/**
	 * A value a correction replaced.
	 *
	 * @param revision the revision the replaced value had
	 * @param receivedAt when ingest had received the replaced value
	 * @param replacedAt when the correction replaced it
	 * @param currentValue the value stored now, of revision {@code currentRevision}
	 */
	public record ReplacedValue(String stationId, Pollutant pollutant, Instant time, int revision, double value,
			List<String> qcFlags, Instant receivedAt, Instant replacedAt, double currentValue, int currentRevision) {
	}

	public record StoredReading(String stationId, Pollutant pollutant, Instant time, double value, int revision,
			List<String> qcFlags) {
	}

}
