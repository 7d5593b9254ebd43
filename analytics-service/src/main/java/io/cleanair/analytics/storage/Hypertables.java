package io.cleanair.analytics.storage;

import java.time.Duration;

import io.cleanair.analytics.config.AnalyticsProperties;
import io.cleanair.core.validity.DataValidity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The TimescaleDB objects, idempotent (every call is {@code if_not_exists} or
 * {@code OR REPLACE}), so they are applied at every start: hypertables without the
 * default time index, compression segmented and ordered for the queries that run,
 * retention of raw readings, and the hourly means as continuous aggregates behind the
 * views the migrations created.
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
		// readings: read per station over a time range (all pollutants)
		hypertable("reading", "time", "station_id", "time, pollutant");
		// hourly values: read per station and pollutant over long ranges
		hypertable("hourly_value", "hour", "station_id, pollutant", "hour");
		select("add_retention_policy('reading', " + interval(settings.rawRetention()) + ", if_not_exists => TRUE)");
		aggregate("district_hour", "s.district_id, h.pollutant",
				"hourly_value h JOIN station s ON s.station_id = h.station_id", "district_id, pollutant, hour",
				"district_id, pollutant, hour, value, stations");
		aggregate("city_hour", "h.pollutant", "hourly_value h", "pollutant, hour", "pollutant, hour, value, stations");
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
	 * A continuous aggregate {@code <view>_agg} (hours sampled for less than 45 minutes
	 * left out, GB 3095 Table 4, as the migrations' views do) with real-time aggregation
	 * (hours not yet materialised are computed when read), refreshed by a policy over the
	 * whole history (a refresh recomputes only the hours that changed, late corrections
	 * included), and the view of the migrations pointed at it.
	 */
	private void aggregate(String view, String groups, String from, String index, String columns) {
		String agg = view + "_agg";
		String bucket = ts + ".time_bucket(INTERVAL '1 hour', h.hour)";
		jdbc.sql("CREATE MATERIALIZED VIEW IF NOT EXISTS " + agg
				+ " WITH (timescaledb.continuous, timescaledb.materialized_only = false) AS SELECT " + groups + ", "
				+ bucket + " AS hour, avg(h.value) AS value, count(*) AS stations FROM " + from
				+ " WHERE h.minutes_sampled >= " + DataValidity.MIN_MINUTES_FOR_HOURLY_VALUE + " GROUP BY " + groups
				+ ", " + bucket + " WITH NO DATA")
			.update();
		jdbc.sql("CREATE INDEX IF NOT EXISTS " + agg + "_idx ON " + agg + " (" + index + ")").update();
		select("add_continuous_aggregate_policy('" + agg + "', start_offset => NULL, end_offset => INTERVAL '1 hour',"
				+ " schedule_interval => " + interval(settings.aggregateRefresh()) + ", if_not_exists => TRUE)");
		jdbc.sql("CREATE OR REPLACE VIEW " + view + " AS SELECT " + columns + " FROM " + agg).update();
	}

	private void select(String call) {
		jdbc.sql("SELECT " + ts + "." + call).query().rowSet();
	}

	private static String interval(Duration d) {
		return "INTERVAL '" + d.toSeconds() + " seconds'";
	}

}
