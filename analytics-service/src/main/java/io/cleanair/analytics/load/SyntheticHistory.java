package io.cleanair.analytics.load;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import io.cleanair.analytics.config.AnalyticsProperties;
import io.cleanair.analytics.daily.DailyResultRepository;
import io.cleanair.analytics.daily.DailyResults;
import io.cleanair.analytics.daily.Scope;
import io.cleanair.analytics.daily.StoredDay;
import io.cleanair.analytics.daily.TouchedDays;
import io.cleanair.analytics.district.DistrictRepository;
import io.cleanair.analytics.reading.ReadingRepository;
import io.cleanair.analytics.station.StationRepository;
import io.cleanair.core.event.ReadingReceived;
import io.cleanair.core.event.StationChanged;
import io.cleanair.core.pollutant.Pollutant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A synthetic hourly history, generated inside analytics and stored through its own
 * storage path: the readings go through {@link ReadingRepository#store} (the statement
 * the consumer stores a batch with, which computes the hourly values), the station-days
 * through {@link DailyResults} (aq-core's assessment, categories and all), the district
 * and city days through its rollups, one day of all stations per transaction. Nothing is
 * published: the history is for benchmarks of the queries, not for alerts.
 * <p>
 * The values are deterministic: a function of the seed, the station, the pollutant and
 * the hour, each day's level shared by a district's stations; so loading the same days
 * again stores nothing new (the readings are identical), and a longer history of the same
 * data set only adds days. The stations are registered inactive, in districts of their
 * own, so no silence rule watches them.
 */
@Service
class SyntheticHistory {

	/** A typical hourly value of each pollutant, in the unit analytics stores. */
	private static final double[] TYPICAL = { 40, 70, 10, 30, 0.8, 60 };

	static final List<Pollutant> POLLUTANTS = List.of(Pollutant.PM2_5, Pollutant.PM10, Pollutant.SO2, Pollutant.NO2,
			Pollutant.CO, Pollutant.O3);

	private final ReadingRepository readings;

	private final StationRepository stations;

	private final DistrictRepository districts;

	private final DailyResults dailyResults;

	private final DailyResultRepository results;

	private final TransactionTemplate transaction;

	private final BulkHistory bulk;

	private final JdbcClient jdbc;

	private final ZoneId zone;

	private final String cityId;

	SyntheticHistory(ReadingRepository readings, StationRepository stations, DistrictRepository districts,
			DailyResults dailyResults, DailyResultRepository results, TransactionTemplate transaction, JdbcClient jdbc,
			AnalyticsProperties properties, BulkHistory bulk) {
		this.bulk = bulk;
		this.readings = readings;
		this.stations = stations;
		this.districts = districts;
		this.dailyResults = dailyResults;
		this.results = results;
		this.transaction = transaction;
		this.jdbc = jdbc;
		this.zone = properties.zone();
		this.cityId = properties.cityId();
	}

	/**
	 * A data set: its stations are {@code <prefix>-s0000 …}, station i in district
	 * {@code <prefix>-d<i mod districts>}.
	 */
	record DataSet(int stations, int districts, long seed) {

		String prefix() {
			return "syn" + seed + "-" + stations + "x" + districts;
		}

		String station(int i) {
			return prefix() + "-s" + String.format(Locale.ROOT, "%04d", i);
		}

		String district(int i) {
			return prefix() + "-d" + (i % districts);
		}

	}

	/**
	 * @param days the days loaded by this call
	 * @param stationDays station-days whose result is new or changed (0 on a repeat)
	 * @param daysSkipped days the bulk path found complete and left as they were
	 * @param dailyResults station, district and city days new or changed (0 on a repeat)
	 * @param rows rows written (readings and hourly values)
	 * @param seconds how long the days took
	 */
	record Loaded(String prefix, LocalDate from, LocalDate to, int days, int daysSkipped, int stationDays,
			int dailyResults, long rows, double seconds) {
	}

	/**
	 * @param daysLoaded how many of the days asked about have the data set's last
	 * district's result (the last row a day's load writes)
	 * @param hourlyValues about how many hourly values analytics holds (all data sets)
	 * @param dailyResults about how many daily results analytics holds (all data sets)
	 */
	record State(String prefix, LocalDate from, LocalDate to, int days, int daysLoaded, long hourlyValues,
			long dailyResults) {
	}

	Loaded load(DataSet set, LocalDate from, LocalDate to) {
		return load(set, from, to, false, BulkHistory.FORMAT);
	}

	/**
	 * Loads the days [from, to]: through the consumer's store statement, or in bulk
	 * ({@link BulkHistory}), which skips the days already complete (those with the data
	 * set's last district's result, written last in a day's transaction).
	 */
	Loaded load(DataSet set, LocalDate from, LocalDate to, boolean bulk, CopyRows.Format format) {
		Set<LocalDate> complete = bulk ? completeDays(set, from, to) : Set.of();
		if (complete.size() < days(from, to)) {
			register(set);
		}
		int stationDays = 0;
		int changed = 0;
		int skipped = 0;
		long rows = 0;
		long start = System.nanoTime();
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			if (complete.contains(day)) {
				skipped++;
				continue;
			}
			int[] counts = bulk ? this.bulk.loadDay(set, day, format) : loadDay(set, day);
			stationDays += counts[0];
			changed += counts[1];
			rows += bulk ? counts[2] : set.stations() * 24L * POLLUTANTS.size();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		if (skipped < days(from, to)) {
			// the store statement is planned on these statistics; COPY needs none, and
			// autovacuum analyses what it writes (on TimescaleDB each new chunk), while
			// an
			// ANALYZE of a table of years after each month costs more than the month
			if (!bulk) {
				jdbc.sql("ANALYZE reading, hourly_mean").update();
			}
			jdbc.sql("ANALYZE daily_result").update();
		}
		return new Loaded(set.prefix(), from, to, days(from, to), skipped, stationDays, changed, rows,
				Math.round(seconds * 10) / 10.0);
	}

	private Set<LocalDate> completeDays(DataSet set, LocalDate from, LocalDate to) {
		return new HashSet<>(jdbc
			.sql("SELECT day FROM daily_result WHERE scope = 'DISTRICT' AND scope_id = ? AND day BETWEEN ? AND ?")
			.params(set.district(set.districts() - 1), java.sql.Date.valueOf(from), java.sql.Date.valueOf(to))
			.query((rs, n) -> rs.getDate(1).toLocalDate())
			.list());
	}

	State state(DataSet set, LocalDate from, LocalDate to) {
		int loaded = results.count(Scope.DISTRICT, set.district(set.districts() - 1), from, to);
		// hourly stations' readings are their hourly values
		long hourly = estimate("reading") + estimate("hourly_mean");
		long daily = estimate("daily_result");
		return new State(set.prefix(), from, to, days(from, to), loaded, hourly, daily);
	}

	private long estimate(String table) {
		// a hypertable's rows are in its chunks, which inherit from it
		return jdbc.sql("""
				SELECT (SELECT greatest(reltuples, 0) FROM pg_class WHERE oid = to_regclass(?))::bigint
				     + (SELECT coalesce(sum(greatest(c.reltuples, 0)), 0) FROM pg_inherits i
				        JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = to_regclass(?))::bigint
				""").params(table, table).query(Long.class).optional().orElse(0L);
	}

	/** The districts and stations, as the registry and the consumer would learn them. */
	private void register(DataSet set) {
		for (int d = 0; d < Math.min(set.districts(), set.stations()); d++) {
			districts.save(new DistrictRepository.District(set.district(d), "synthetic district " + d, cityId));
		}
		Instant now = Instant.now();
		for (int s = 0; s < set.stations(); s++) {
			stations.changed(new StationChanged(UUID.randomUUID(), StationChanged.SCHEMA_VERSION, set.station(s),
					"synthetic station " + s, set.district(s), "SENSOR", null, null, false, false, now, null, null),
					now);
		}
	}

	/**
	 * One day of every station in one transaction; answers {station-days, results}
	 * changed.
	 */
	private int[] loadDay(DataSet set, LocalDate day) {
		List<ReadingReceived> batch = readingsOf(set, day);
		return transaction.execute(status -> {
			// A day of every station is one statement of 100,000 readings and more: after
			// a few
			// days the server would switch to a generic plan, estimated for a handful of
			// rows,
			// whose nested loops over the batch grow with its square; plan each day for
			// its size.
			jdbc.sql("SET LOCAL plan_cache_mode = force_custom_plan").update();
			TouchedDays touched = readings.store(batch);
			List<StoredDay> stationDays = dailyResults.stationDays(touched);
			results.lockRollups(DailyResults.daysOf(stationDays));
			DailyResults.Recomputation recomputed = dailyResults.rollUp(touched, stationDays);
			return new int[] { stationDays.size(), recomputed.changed().size() };
		});
	}

	private List<ReadingReceived> readingsOf(DataSet set, LocalDate day) {
		List<ReadingReceived> batch = new ArrayList<>(set.stations() * 24 * POLLUTANTS.size());
		generate(set, day, zone, (s, hour, p, value) -> batch.add(ReadingReceived.of(set.station(s), set.district(s),
				hour, POLLUTANTS.get(p), value, hour.plus(1, ChronoUnit.HOURS))));
		return batch;
	}

	/** One generated hourly value: station index, start of the hour, pollutant index. */
	interface HourlyValueSink {

		void accept(int station, Instant hour, int pollutant, double value);

	}

	/**
	 * The day's hourly values of every station of the set, station by station, hour by
	 * hour, pollutant by pollutant; the same for the same set and day, whichever path
	 * stores them.
	 */
	static void generate(DataSet set, LocalDate day, ZoneId zone, HourlyValueSink sink) {
		Instant first = day.atStartOfDay(zone).toInstant();
		long dayIndex = ChronoUnit.DAYS.between(LocalDate.EPOCH, day);
		for (int s = 0; s < set.stations(); s++) {
			double level = 0.25 + 3 * Math.pow(unit(set.seed(), s % set.districts(), dayIndex, -1), 2);
			for (int h = 0; h < 24; h++) {
				Instant hour = first.plus(h, ChronoUnit.HOURS);
				for (int p = 0; p < POLLUTANTS.size(); p++) {
					double noise = 0.6 + 0.8 * unit(set.seed(), 1000 + s, dayIndex * 24 + h, p);
					double value = Math.round(TYPICAL[p] * level * noise * 10) / 10.0;
					sink.accept(s, hour, p, value);
				}
			}
		}
	}

	/** A number in [0, 1), the same for the same arguments. */
	static double unit(long seed, long a, long b, long c) {
		long mix = seed * 0x9E3779B97F4A7C15L ^ a * 0xC2B2AE3D27D4EB4FL ^ b * 0x165667B19E3779F9L ^ c * 0x27D4EB2FL;
		mix ^= mix >>> 33;
		mix *= 0xFF51AFD7ED558CCDL;
		mix ^= mix >>> 33;
		mix *= 0xC4CEB9FE1A85EC53L;
		mix ^= mix >>> 33;
		return (mix >>> 11) * 0x1.0p-53;
	}

	private static int days(LocalDate from, LocalDate to) {
		return (int) ChronoUnit.DAYS.between(from, to) + 1;
	}

}
