package io.cleanair.analytics.trend;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;

import io.cleanair.analytics.daily.Scope;
import io.cleanair.core.pollutant.Pollutant;
import io.cleanair.core.validity.DataValidity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Trend series: hourly values (averaged over a district's or the city's stations: the
 * views {@code district_hour} and {@code city_hour}, continuous aggregates with
 * TimescaleDB) and daily statistics by period.
 */
@Repository
class TrendRepository {

	/** The daily statistic a pollutant's day-based trend uses (O3: MDA8). */
	static final Map<Pollutant, String> DAILY_COLUMN = Map.of(Pollutant.PM2_5, "pm2_5_24h", Pollutant.PM10, "pm10_24h",
			Pollutant.SO2, "so2_24h", Pollutant.NO2, "no2_24h", Pollutant.CO, "co_24h", Pollutant.O3, "o3_8h");

	private final JdbcClient jdbc;

	TrendRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<RawPoint> hourly(Scope scope, String id, Pollutant pollutant, Instant from, Instant to) {
		// an hour sampled for less than 45 minutes is not a 1-hour value (GB 3095 Table
		// 4): not a point either; district_hour and city_hour leave such hours out
		String sql = switch (scope) {
			case STATION -> "SELECT hour, value, 1 FROM hourly_value WHERE station_id = :id AND pollutant = :p"
					+ " AND hour >= :from AND hour < :to AND minutes_sampled >= :minutes ORDER BY hour";
			case DISTRICT ->
				"SELECT hour, value, stations FROM district_hour WHERE district_id = :id AND pollutant = :p"
						+ " AND hour >= :from AND hour < :to ORDER BY hour";
			case CITY -> "SELECT hour, value, stations FROM city_hour WHERE pollutant = :p AND :id = :id"
					+ " AND hour >= :from AND hour < :to ORDER BY hour";
		};
		return jdbc.sql(sql)
			.param("minutes", DataValidity.MIN_MINUTES_FOR_HOURLY_VALUE)
			.param("id", id)
			.param("p", pollutant.name())
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.query((rs, n) -> new RawPoint(rs.getTimestamp(1).toInstant(), rs.getDouble(2), rs.getInt(3)))
			.list();
	}

	List<RawPoint> daily(Scope scope, String id, Pollutant pollutant, Interval interval, LocalDate from, LocalDate to) {
		String column = DAILY_COLUMN.get(pollutant);
		String period = interval == Interval.DAY ? "day" : "date_trunc('" + interval.sqlField() + "', day)::date";
		return jdbc
			.sql("SELECT " + period + " AS period, avg(" + column + "), count(" + column + ") FROM daily_result"
					+ " WHERE scope = ? AND scope_id = ? AND day BETWEEN ? AND ? AND " + column + " IS NOT NULL"
					+ " GROUP BY 1 ORDER BY 1")
			.params(scope.name(), id, Date.valueOf(from), Date.valueOf(to))
			.query((rs, n) -> new RawPoint(rs.getDate(1).toLocalDate(), rs.getDouble(2), rs.getInt(3)))
			.list();
	}

	/**
	 * @param period the hour (an {@link Instant}) or the first day of the period (a
	 * {@link LocalDate}); count = hours or days averaged
	 */
	record RawPoint(Temporal period, double value, int count) {
	}

}
