package io.cleanair.analytics.load;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.cleanair.analytics.config.AnalyticsProperties;
import io.cleanair.analytics.daily.DailyResultRepository;
import io.cleanair.analytics.daily.DailyResults;
import io.cleanair.analytics.daily.StationDayKey;
import io.cleanair.analytics.daily.StoredDay;
import io.cleanair.analytics.daily.TouchedDays;
import io.cleanair.analytics.storage.StorageMode;
import io.cleanair.core.assessment.StationDayHours;
import io.cleanair.core.pollutant.Pollutant;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The bulk path of the synthetic history: a day of a data set's stations in one
 * transaction — its rows of that day deleted, the generated readings and hourly values
 * written with {@code COPY} ({@link HistoryTables}), and the station, district and city
 * days assessed by aq-core from the hourly values in memory (not read back) and stored as
 * the consumer stores them. A crash mid-day leaves nothing of the day; a day written
 * again replaces its rows with the same values.
 */
@Component
class BulkHistory {

	/** The faster of the two formats for this loader's rows (docs/benchmarks.md). */
	static final CopyRows.Format FORMAT = CopyRows.Format.BINARY;

	private static final Logger log = LoggerFactory.getLogger(BulkHistory.class);

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final DailyResults dailyResults;

	private final DailyResultRepository results;

	private final TransactionTemplate transaction;

	private final ZoneId zone;

	private final StorageMode storage;

	BulkHistory(DataSource dataSource, JdbcClient jdbc, DailyResults dailyResults, DailyResultRepository results,
			TransactionTemplate transaction, AnalyticsProperties properties, StorageMode storage) {
		this.storage = storage;
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.dailyResults = dailyResults;
		this.results = results;
		this.transaction = transaction;
		this.zone = properties.zone();
	}

	/**
	 * Loads one day of every station of the set; answers {station-days, results changed,
	 * rows copied}.
	 */
	int[] loadDay(SyntheticHistory.DataSet set, LocalDate day, CopyRows.Format format) {
		long start = System.nanoTime();
		int perDay = set.stations() * 24 * SyntheticHistory.POLLUTANTS.size();
		CopyRows[] rows = new CopyRows[HistoryTables.tables()];
		for (int t = 0; t < rows.length; t++) {
			rows[t] = CopyRows.of(format, perDay);
		}
		Map<StationDayKey, StationDayHours> dayHours = new LinkedHashMap<>();
		Map<String, String> districtOf = new HashMap<>();
		String[] stationIds = new String[set.stations()];
		StationDayHours[] hoursOf = new StationDayHours[set.stations()];
		for (int s = 0; s < set.stations(); s++) {
			stationIds[s] = set.station(s);
			districtOf.put(stationIds[s], set.district(s));
			hoursOf[s] = new StationDayHours();
			dayHours.put(new StationDayKey(stationIds[s], day), hoursOf[s]);
		}
		SyntheticHistory.generate(set, day, zone, (s, hour, p, value) -> {
			Pollutant pollutant = SyntheticHistory.POLLUTANTS.get(p);
			HistoryTables.write(rows, stationIds[s], districtOf.get(stationIds[s]), pollutant.name(), hour, value);
			ZonedDateTime local = hour.atZone(zone);
			if (!local.toLocalDate().equals(day)) {
				throw new IllegalStateException(hour + " is not on " + day);
			}
			hoursOf[s].set(pollutant, local.getHour() + 1, value, 60, 0);
		});
		long generated = System.nanoTime();
		Instant from = day.atStartOfDay(zone).toInstant();
		Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
		TouchedDays touched = new TouchedDays(dayHours, districtOf);
		return transaction.execute(status -> {
			clear(stationIds, Timestamp.from(from), Timestamp.from(to));
			long cleared = System.nanoTime();
			long copied = copy(HistoryTables.copies(rows[0]), rows);
			// as the consumer's statement notes each station's last reading
			jdbc.sql("UPDATE station SET last_reading_at = greatest(last_reading_at, ?) WHERE station_id = ANY (?)")
				.params(Timestamp.from(to), stationIds)
				.update();
			// every station of the districts and of the data set is in the day: its
			// district
			// and city days are rolled up from all of them, changed or not, so a day
			// whose
			// rollups are missing is completed
			long copiedAt = System.nanoTime();
			List<StoredDay> stationDays = dailyResults.assessStationDays(touched);
			long assessed = System.nanoTime();
			int changedStations = results.storeChanged(stationDays).size();
			long storedAt = System.nanoTime();
			results.lockRollups(DailyResults.daysOf(stationDays));
			DailyResults.Recomputation recomputed = dailyResults.rollUp(touched, stationDays);
			int changedRollups = recomputed.changed().size() - stationDays.size();
			log.debug(
					"{} {}: generated in {} ms, cleared in {} ms, copied in {} ms, assessed in {} ms, stored in {} ms,"
							+ " rolled up in {} ms",
					set.prefix(), day, (generated - start) / 1_000_000, (cleared - generated) / 1_000_000,
					(copiedAt - cleared) / 1_000_000, (assessed - copiedAt) / 1_000_000,
					(storedAt - assessed) / 1_000_000, (System.nanoTime() - storedAt) / 1_000_000);
			return new int[] { changedStations, changedStations + changedRollups, (int) copied };
		});
	}

	/**
	 * Deletes the data set's rows of the day, if it has any. In a compressed chunk
	 * (TimescaleDB's policy compresses chunks older than {@code compress-after}, which a
	 * history's days are) the delete decompresses the day's stations' batches, a week of
	 * them, more than TimescaleDB's default limit of tuples decompressed per transaction:
	 * lifted for this transaction only, as a re-loaded day is rare and must not fail.
	 */
	private void clear(String[] stationIds, Timestamp from, Timestamp to) {
		if (!jdbc.sql(HistoryTables.ANY_ROW)
			.params(stationIds, from, to, stationIds, from, to)
			.query(Boolean.class)
			.single()) {
			return;
		}
		if (storage.timescale()) {
			jdbc.sql("SET LOCAL timescaledb.max_tuples_decompressed_per_dml_transaction = 0").update();
		}
		for (String clear : HistoryTables.CLEAR_DAY) {
			jdbc.sql(clear).params(stationIds, from, to).update();
		}
	}

	/** Copies each table's rows through the transaction's own connection. */
	private long copy(List<String> statements, CopyRows[] rows) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			long copied = 0;
			for (int t = 0; t < rows.length; t++) {
				copied += copy.copyIn(statements.get(t), new ByteArrayInputStream(rows[t].bytes()));
			}
			return copied;
		}
		catch (SQLException | IOException ex) {
			throw new IllegalStateException("COPY of a synthetic day failed", ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

}
