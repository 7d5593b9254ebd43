package io.cleanair.analytics.storage;

import java.time.Duration;

import io.cleanair.analytics.config.AnalyticsProperties;
import io.cleanair.core.validity.DataValidity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The TimescaleDB objects, idempotent (every call is {@code if_not_exists} or
 * {@code OR REPLACE}), so they are applied at every start: hypertables without the
 * default time index, compression segmented and ordered for the queries that run,
 * retention of raw readings when one is configured, and the hourly means as continuous
 * aggregates behind the views the migrations created.
 */
final class Hypertables {

	private final JdbcClient jdbc;

	/** The extension's schema, to qualify its functions. */
	private final String ts;

	private final AnalyticsProperties.Storage settings;

	Hypertables(JdbcClient jdbc, String schema, AnalyticsProperties.Storage settings) {
		this.jdbc = jdbc;
		this.ts = schema;
		this.settings = settings;
	}

	void apply() {
		// readings (hourly stations' readings are their hourly values): read per station
		// over a time range, all pollutants or one
		hypertable("reading", "time", "station_id", "time, pollutant");
		// hourly values averaged from sub-hourly readings: per station and pollutant
		hypertable("hourly_mean", "hour", "station_id, pollutant", "hour");
		if (settings.rawRetention() == null) {
			select("remove_retention_policy('reading', if_exists => TRUE)");
		}
		else {
			select("add_retention_policy('reading', " + interval(settings.rawRetention()) + ", if_not_exists => TRUE)");
		}
		aggregate("district_hour", "s.district_id, r.pollutant",
				"reading r JOIN station s ON s.station_id = r.station_id", "district_id, pollutant, hour");
		jdbc.sql("""
				CREATE OR REPLACE VIEW district_hour AS
				SELECT district_id, pollutant, hour, sum(total) / sum(stations)::double precision AS value,
				       sum(stations)::bigint AS stations
				FROM (SELECT district_id, pollutant, hour, total, stations FROM district_hour_agg
				      UNION ALL
				      SELECT s.district_id, m.pollutant, m.hour, m.value, 1 FROM hourly_mean m
				      JOIN station s ON s.station_id = m.station_id WHERE m.minutes_sampled >= %d) u
				GROUP BY district_id, pollutant, hour
				""".formatted(DataValidity.MIN_MINUTES_FOR_HOURLY_VALUE)).update();
		aggregate("city_hour", "r.pollutant", "reading r", "pollutant, hour");
		jdbc.sql("""
				CREATE OR REPLACE VIEW city_hour AS
				SELECT pollutant, hour, sum(total) / sum(stations)::double precision AS value,
				       sum(stations)::bigint AS stations
				FROM (SELECT pollutant, hour, total, stations FROM city_hour_agg
				      UNION ALL
				      SELECT m.pollutant, m.hour, m.value, 1 FROM hourly_mean m WHERE m.minutes_sampled >= %d) u
				GROUP BY pollutant, hour
				""".formatted(DataValidity.MIN_MINUTES_FOR_HOURLY_VALUE)).update();
	}

	private void hypertable(String table, String column, String segmentBy, String orderBy) {
		select("create_hypertable('" + table + "', '" + column + "', chunk_time_interval => "
				+ interval(settings.chunkInterval())
				+ ", if_not_exists => TRUE, migrate_data => TRUE, create_default_indexes => FALSE)");
		// a change of these settings applies to chunks compressed from now on
		jdbc.sql("ALTER TABLE " + table + " SET (timescaledb.compress, timescaledb.compress_segmentby = '" + segmentBy
				+ "', timescaledb.compress_orderby = '" + orderBy + "')")
			.update();
		select("add_compression_policy('" + table + "', " + interval(settings.compressAfter())
				+ ", if_not_exists => TRUE)");
	}

	/**
	 * A continuous aggregate {@code <view>_agg} of the whole-hour readings (the hourly
	 * values of hourly stations, always sampled for the whole hour): their sum and number
	 * per group and hour, with real-time aggregation (hours not yet materialised are
	 * computed when read), refreshed by a policy over the whole history (a refresh
	 * recomputes only the hours that changed, late corrections included). The view of the
	 * migrations then adds the few averaged hours of sub-hourly sensors
	 * ({@code hourly_mean}, hours sampled for less than 45 minutes left out, GB 3095
	 * Table 4) to the sums.
	 */
	private void aggregate(String view, String groups, String from, String index) {
		String agg = view + "_agg";
		String bucket = ts + ".time_bucket(INTERVAL '1 hour', r.time)";
		jdbc.sql("CREATE MATERIALIZED VIEW IF NOT EXISTS " + agg
				+ " WITH (timescaledb.continuous, timescaledb.materialized_only = false) AS SELECT " + groups + ", "
				+ bucket + " AS hour, sum(r.value) AS total, count(*) AS stations FROM " + from
				+ " WHERE r.whole_hour GROUP BY " + groups + ", " + bucket + " WITH NO DATA")
			.update();
		jdbc.sql("CREATE INDEX IF NOT EXISTS " + agg + "_idx ON " + agg + " (" + index + ")").update();
		select("add_continuous_aggregate_policy('" + agg + "', start_offset => NULL, end_offset => INTERVAL '1 hour',"
				+ " schedule_interval => " + interval(settings.aggregateRefresh()) + ", if_not_exists => TRUE)");
	}

	private void select(String call) {
		jdbc.sql("SELECT " + ts + "." + call).query().rowSet();
	}

	private static String interval(Duration d) {
		return "INTERVAL '" + d.toSeconds() + " seconds'";
	}

}
