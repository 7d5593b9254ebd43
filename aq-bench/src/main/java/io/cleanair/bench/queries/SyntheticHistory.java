package io.cleanair.cli.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * Years of hourly values and daily results for many stations, generated inside PostgreSQL
 * straight into analytics' own tables ({@code station}, {@code district},
 * {@code hourly_value}, {@code daily_result}): loading them through HTTP at the
 * consumer's rate would take hours. The values are synthetic; the daily results are
 * generated alongside, not computed by analytics from the hours (the consumer computes
 * days only for readings it consumes). A data set is loaded once and kept for later runs.
 */
final class QueryData {

	static final int DISTRICTS = 10;

	private final String url;

	private final String user;

	private final String password;

	QueryData(String url, String user, String password) {
		this.url = url;
		this.user = user;
		this.password = password;
	}

	static String prefix(int stations, int years) {
		return "qb" + stations + "x" + years;
	}

	static String station(int stations, int years, int i) {
		return prefix(stations, years) + "-s" + String.format("%04d", i);
	}

	static String district(int stations, int years, int i) {
		return prefix(stations, years) + "-d" + (i % DISTRICTS);
	}

	/**
	 * Loads the data set unless it is all there; answers the seconds it took (0 when it
	 * was there).
	 */
	double ensure(int stations, int years, LocalDate from, LocalDate to) throws SQLException {
		String prefix = prefix(stations, years);
		try (Connection c = DriverManager.getConnection(url, user, password)) {
			// the last row a load writes: present only if the whole data set is (every
			// insert below is
			// idempotent, so an interrupted load is completed by the next run)
			try (PreparedStatement present = c.prepareStatement("SELECT count(*) FROM analytics.daily_result"
					+ " WHERE scope = 'DISTRICT' AND scope_id = ? AND day = ?::date")) {
				present.setString(1, prefix + "-d" + (DISTRICTS - 1));
				present.setString(2, to.toString());
				try (ResultSet rs = present.executeQuery()) {
					rs.next();
					if (rs.getInt(1) == 1) {
						return 0;
					}
				}
			}
			long start = System.nanoTime();
			execute(c, """
					INSERT INTO analytics.district (district_id, name, city_id)
					SELECT ? || '-d' || d, 'benchmark district ' || d, 'city' FROM generate_series(0, ?) d
					ON CONFLICT DO NOTHING""", prefix, DISTRICTS - 1);
			execute(c, """
					INSERT INTO analytics.station (station_id, district_id)
					SELECT ? || '-s' || lpad(s::text, 4, '0'), ? || '-d' || (s % ?) FROM generate_series(0, ?) s
					ON CONFLICT DO NOTHING""", prefix, prefix, DISTRICTS, stations - 1);
			execute(c, """
					INSERT INTO analytics.hourly_value (station_id, pollutant, hour, value, samples)
					SELECT ? || '-s' || lpad(s::text, 4, '0'), p, h,
					       CASE p WHEN 'CO' THEN 0.4 + random() * 1.2 ELSE 10 + random() * 90 END, 1
					FROM generate_series(0, ?) s,
					     unnest(ARRAY['PM2_5','PM10','SO2','NO2','CO','O3']) p,
					     generate_series((?::date)::timestamp AT TIME ZONE 'Asia/Shanghai',
					                      ((?::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai') - interval '1 hour',
					                      interval '1 hour') h
					ON CONFLICT DO NOTHING""", prefix, stations - 1, from.toString(), to.toString());
			String days = """
					INSERT INTO analytics.daily_result (scope, scope_id, day, district_id, aqi, category, valid,
					    rule_set, stations, pm2_5_24h, pm10_24h, so2_24h, no2_24h, co_24h, o3_1h, o3_8h)
					SELECT ?, %s, d, ? || '-d' || (s %% ?), a, CASE WHEN a <= 50 THEN 'EXCELLENT' WHEN a <= 100 THEN 'GOOD'
					           WHEN a <= 150 THEN 'LIGHTLY_POLLUTED' WHEN a <= 200 THEN 'MODERATELY_POLLUTED'
					           ELSE 'HEAVILY_POLLUTED' END, true, 'hj633-2012', %s,
					       20 + a * 0.6, 40 + a, 8, 30, 0.8, 90 + a * 0.3, 80 + a * 0.2
					FROM (SELECT s, d::date AS d, (20 + random() * 200)::int AS a
					      FROM generate_series(0, ?) s, generate_series(?::date, ?::date, interval '1 day') d) g
					ON CONFLICT DO NOTHING""";
			execute(c, days.formatted("? || '-s' || lpad(s::text, 4, '0')", "1"), "STATION", prefix, prefix, DISTRICTS,
					stations - 1, from.toString(), to.toString());
			execute(c, days.formatted("? || '-d' || s", stations / DISTRICTS), "DISTRICT", prefix, prefix, DISTRICTS,
					DISTRICTS - 1, from.toString(), to.toString());
			execute(c, "ANALYZE analytics.hourly_value");
			execute(c, "ANALYZE analytics.daily_result");
			return (System.nanoTime() - start) / 1e9;
		}
	}

	/** Rows of the two big tables, for the report. */
	String sizes() throws SQLException {
		try (Connection c = DriverManager.getConnection(url, user, password);
				PreparedStatement q = c.prepareStatement(
						"""
								SELECT (SELECT reltuples::bigint FROM pg_class WHERE oid = 'analytics.hourly_value'::regclass),
								       (SELECT reltuples::bigint FROM pg_class WHERE oid = 'analytics.daily_result'::regclass)""");
				ResultSet rs = q.executeQuery()) {
			rs.next();
			return String.format("about %,d hourly values and %,d daily results in analytics' tables", rs.getLong(1),
					rs.getLong(2));
		}
	}

	private static void execute(Connection c, String sql, Object... params) throws SQLException {
		try (PreparedStatement statement = c.prepareStatement(sql)) {
			for (int i = 0; i < params.length; i++) {
				statement.setObject(i + 1, params[i]);
			}
			statement.execute();
		}
	}

}
