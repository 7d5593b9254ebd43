package io.cleanair.analytics.daily;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.cleanair.core.aqi.Indicator;
import io.cleanair.core.assessment.DailyConcentrations;
import io.cleanair.core.assessment.ExcludedValue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Stored daily results of stations, districts and the city. */
@Repository
public class DailyResultRepository {

	/** The daily-report indicators and their columns. */
	public static final Map<Indicator, String> COLUMNS = columns();

	private static final String SELECT = "SELECT d.scope, d.scope_id, d.day, d.district_id, d.aqi, d.category,"
			+ " d.primary_pollutants, d.valid, d.rule_set, d.stations, "
			+ String.join(", ", COLUMNS.values().stream().map(c -> "d." + c).toList())
			+ ", d.validity_policy, d.invalid_reason, d.excluded::text FROM daily_result d ";

	private static final TypeReference<List<ExcludedValue>> EXCLUDED = new TypeReference<>() {
	};

	/**
	 * Writes only what differs, so an unchanged recomputation reports no change (update
	 * count 0).
	 */
	private static final String UPSERT = "INSERT INTO daily_result (scope, scope_id, day, district_id, aqi, category,"
			+ " primary_pollutants, valid, rule_set, stations, " + String.join(", ", COLUMNS.values())
			+ ", validity_policy, invalid_reason, excluded) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
			+ " ?, ?, ?::jsonb)"
			+ " ON CONFLICT (scope, scope_id, day) DO UPDATE SET district_id = EXCLUDED.district_id, aqi = EXCLUDED.aqi,"
			+ " category = EXCLUDED.category, primary_pollutants = EXCLUDED.primary_pollutants, valid = EXCLUDED.valid,"
			+ " rule_set = EXCLUDED.rule_set, stations = EXCLUDED.stations, "
			+ String.join(", ", COLUMNS.values().stream().map(c -> c + " = EXCLUDED." + c).toList())
			+ ", validity_policy = EXCLUDED.validity_policy, invalid_reason = EXCLUDED.invalid_reason,"
			+ " excluded = EXCLUDED.excluded"
			+ ", computed_at = now() WHERE (daily_result.district_id, daily_result.aqi, daily_result.category,"
			+ " daily_result.primary_pollutants, daily_result.valid, daily_result.rule_set, daily_result.stations, "
			+ String.join(", ", COLUMNS.values().stream().map(c -> "daily_result." + c).toList())
			+ ", daily_result.validity_policy, daily_result.invalid_reason, daily_result.excluded"
			+ ") IS DISTINCT FROM (EXCLUDED.district_id, EXCLUDED.aqi, EXCLUDED.category, EXCLUDED.primary_pollutants,"
			+ " EXCLUDED.valid, EXCLUDED.rule_set, EXCLUDED.stations, "
			+ String.join(", ", COLUMNS.values().stream().map(c -> "EXCLUDED." + c).toList())
			+ ", EXCLUDED.validity_policy, EXCLUDED.invalid_reason, EXCLUDED.excluded)";

	/** The advisory lock key of the district and city rollups ("aqroll" in ASCII). */
	/**
	 * The first key of the days' rollup locks ({@link #lockRollups}); the second is the
	 * day's epoch day.
	 */
	static final int ROLLUP_LOCKS = 0x61715244;

	private final JdbcTemplate jdbcTemplate;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	DailyResultRepository(JdbcTemplate jdbcTemplate, JdbcClient jdbc, JsonMapper json) {
		this.jdbcTemplate = jdbcTemplate;
		this.jdbc = jdbc;
		this.json = json;
	}

	private static Map<Indicator, String> columns() {
		Map<Indicator, String> c = new LinkedHashMap<>();
		c.put(Indicator.PM2_5_24H, "pm2_5_24h");
		c.put(Indicator.PM10_24H, "pm10_24h");
		c.put(Indicator.SO2_24H, "so2_24h");
		c.put(Indicator.NO2_24H, "no2_24h");
		c.put(Indicator.CO_24H, "co_24h");
		c.put(Indicator.O3_1H, "o3_1h");
		c.put(Indicator.O3_8H, "o3_8h");
		return java.util.Collections.unmodifiableMap(c);
	}

	/**
	 * Stores the days in one batch and returns those that were new or differ from what
	 * was stored.
	 */
	public List<StoredDay> storeChanged(List<StoredDay> days) {
		if (days.isEmpty()) {
			return List.of();
		}
		int[][] counts = jdbcTemplate.batchUpdate(UPSERT, days, 1000, (ps, d) -> {
			ps.setString(1, d.scope().name());
			ps.setString(2, d.scopeId());
			ps.setDate(3, Date.valueOf(d.day()));
			ps.setString(4, d.districtId());
			ps.setObject(5, d.aqi(), Types.INTEGER);
			ps.setString(6, d.category());
			ps.setString(7, String.join(",", d.primaryPollutants()));
			ps.setBoolean(8, d.valid());
			ps.setString(9, d.ruleSet());
			ps.setInt(10, d.stations());
			int i = 11;
			for (Indicator indicator : COLUMNS.keySet()) {
				Double v = d.concentrations().values().get(indicator);
				ps.setObject(i++, v, Types.DOUBLE);
			}
			ps.setString(i++, d.validityPolicy());
			ps.setString(i++, d.invalidReason());
			ps.setString(i, json.writeValueAsString(d.concentrations().excluded()));
		});
		List<StoredDay> changed = new ArrayList<>();
		int k = 0;
		for (int[] batch : counts) {
			for (int count : batch) {
				if (count != 0) {
					changed.add(days.get(k));
				}
				k++;
			}
		}
		return changed;
	}

	/**
	 * Raises the district-day counters of these years (in the transaction that stored
	 * their new or changed district days).
	 */
	void raiseDistrictDayVersions(Collection<Integer> years) {
		jdbc.sql("INSERT INTO district_day_version (year, version) SELECT y, 1 FROM unnest(?::int[]) y"
				+ " ON CONFLICT (year) DO UPDATE SET version = district_day_version.version + 1")
			.param(years.toArray(Integer[]::new))
			.update();
	}

	/**
	 * The district-day counters of the years [from, to]: they change whenever a district
	 * day of one of those years is stored new or changed (years without district days are
	 * absent).
	 */
	public Map<Integer, Long> districtDayVersions(int fromYear, int toYear) {
		Map<Integer, Long> versions = new TreeMap<>();
		jdbc.sql("SELECT year, version FROM district_day_version WHERE year BETWEEN ? AND ?")
			.params(fromYear, toYear)
			.query((rs, n) -> versions.put(rs.getInt(1), rs.getLong(2)))
			.list();
		return versions;
	}

	/**
	 * Waits until no other transaction computes district and city days of these days, and
	 * holds that until this transaction ends: two batches' station-days of one district
	 * and day, stored by two consumers at once, must not each recompute the district-day
	 * (or the city-day) without the other's station-day. Rollups of different days do not
	 * wait for each other, so a backfill of last year's days never holds up today's. The
	 * locks are taken at once, in the order of the days, so two transactions never wait
	 * for each other.
	 */
	public void lockRollups(Collection<LocalDate> days) {
		if (days.isEmpty()) {
			return;
		}
		jdbc.sql("""
				SELECT count(pg_advisory_xact_lock(?, (d.day - DATE '1970-01-01')))
				FROM (SELECT DISTINCT day FROM unnest(?::date[]) AS u(day) ORDER BY 1) d
				""")
			.params(ROLLUP_LOCKS, days.stream().map(LocalDate::toString).toArray(String[]::new))
			.query()
			.singleRow();
	}

	/**
	 * Every station result on the given days (for the city), in the order of their ids:
	 * the means computed from them do not depend on the order the rows were stored in.
	 */
	public List<StoredDay> stationDaysOn(Collection<LocalDate> days) {
		return jdbc.sql(SELECT + "WHERE scope = 'STATION' AND day = ANY(?::date[]) ORDER BY d.day, d.scope_id")
			.param(days.stream().map(LocalDate::toString).toArray(String[]::new))
			.query((rs, n) -> row(rs, json))
			.list();
	}

	/** One scope's results in [from, to], oldest first. */
	public List<StoredDay> find(Scope scope, String id, LocalDate from, LocalDate to, int offset, int limit) {
		return jdbc
			.sql(SELECT + "WHERE scope = ? AND scope_id = ? AND day BETWEEN ? AND ? ORDER BY day OFFSET ? LIMIT ?")
			.params(scope.name(), id, Date.valueOf(from), Date.valueOf(to), offset, limit)
			.query((rs, n) -> row(rs, json))
			.list();
	}

	public int count(Scope scope, String id, LocalDate from, LocalDate to) {
		return jdbc.sql("SELECT count(*) FROM daily_result WHERE scope = ? AND scope_id = ? AND day BETWEEN ? AND ?")
			.params(scope.name(), id, Date.valueOf(from), Date.valueOf(to))
			.query(Integer.class)
			.single();
	}

	/** The district ids with results in [from, to]. */
	public List<String> districtsWithResults(LocalDate from, LocalDate to) {
		return jdbc
			.sql("SELECT DISTINCT scope_id FROM daily_result WHERE scope = 'DISTRICT' AND day BETWEEN ? AND ?"
					+ " ORDER BY scope_id")
			.params(Date.valueOf(from), Date.valueOf(to))
			.query(String.class)
			.list();
	}

	static StoredDay row(ResultSet rs, JsonMapper json) throws SQLException {
		Map<Indicator, Double> values = new EnumMap<>(Indicator.class);
		int i = 11;
		for (Indicator indicator : COLUMNS.keySet()) {
			double v = rs.getDouble(i++);
			if (!rs.wasNull()) {
				values.put(indicator, v);
			}
		}
		LocalDate day = rs.getDate(3).toLocalDate();
		String primary = rs.getString(7);
		int aqi = rs.getInt(5);
		Integer aqiOrNull = rs.wasNull() ? null : aqi;
		List<ExcludedValue> excluded = json.readValue(rs.getString(20), EXCLUDED);
		return new StoredDay(Scope.valueOf(rs.getString(1)), rs.getString(2), day, rs.getString(4), aqiOrNull,
				rs.getString(6), primary.isEmpty() ? List.of() : Arrays.asList(primary.split(",")), rs.getBoolean(8),
				rs.getString(9), rs.getInt(10), new DailyConcentrations(day, values, excluded), rs.getString(18),
				rs.getString(19));
	}

}
