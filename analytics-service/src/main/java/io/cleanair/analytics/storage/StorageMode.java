package io.cleanair.analytics.storage;

import java.time.Duration;

import io.cleanair.analytics.config.AnalyticsProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Decides once at start-up (after the Flyway migrations, before the listeners start)
 * whether the TimescaleDB extension is there. With it, readings and hourly values become
 * hypertables with compression and a retention policy on raw readings; without it the
 * same tables stay plain PostgreSQL tables with the indexes of the migrations. Either way
 * the log says which.
 */
@Component
public class StorageMode implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(StorageMode.class);

	private final JdbcClient jdbc;

	private final AnalyticsProperties.Storage settings;

	private volatile boolean timescale;

	StorageMode(JdbcClient jdbc, AnalyticsProperties properties) {
		this.jdbc = jdbc;
		this.settings = properties.storage();
	}

	public boolean timescale() {
		return timescale;
	}

	@Override
	public void afterSingletonsInstantiated() {
		timescale = extensionReady();
		if (timescale) {
			applyTimescale();
			log.info(
					"Storage: TimescaleDB — hypertables reading and hourly_value, compression after {}, raw readings kept {}",
					settings.compressAfter(), settings.rawRetention());
		}
		else {
			log.info("Storage: plain PostgreSQL tables with indexes (the timescaledb extension is not available)");
		}
	}

	private boolean extensionReady() {
		boolean available = jdbc.sql("SELECT count(*) FROM pg_available_extensions WHERE name = 'timescaledb'")
			.query(Integer.class)
			.single() > 0;
		if (!available) {
			return false;
		}
		try {
			jdbc.sql("CREATE EXTENSION IF NOT EXISTS timescaledb").update();
			return true;
		}
		catch (DataAccessException e) {
			// e.g. not in shared_preload_libraries, or no privilege to create it
			log.warn("timescaledb is available but could not be enabled: {}", e.getMostSpecificCause().getMessage());
			return false;
		}
	}

	/** Idempotent: every call uses if_not_exists, so it runs at every start. */
	private void applyTimescale() {
		for (String table : new String[] { "reading", "hourly_value" }) {
			String column = table.equals("reading") ? "time" : "hour";
			jdbc.sql("SELECT create_hypertable('" + table + "', '" + column + "', chunk_time_interval => "
					+ interval(settings.chunkInterval()) + ", if_not_exists => TRUE, migrate_data => TRUE)")
				.query()
				.rowSet();
			jdbc.sql("ALTER TABLE " + table + " SET (timescaledb.compress, timescaledb.compress_segmentby ="
					+ " 'station_id, pollutant', timescaledb.compress_orderby = '" + column + "')")
				.update();
			jdbc.sql("SELECT add_compression_policy('" + table + "', " + interval(settings.compressAfter())
					+ ", if_not_exists => TRUE)")
				.query()
				.rowSet();
		}
		jdbc.sql("SELECT add_retention_policy('reading', " + interval(settings.rawRetention())
				+ ", if_not_exists => TRUE)")
			.query()
			.rowSet();
	}

	private static String interval(Duration d) {
		return "INTERVAL '" + d.toSeconds() + " seconds'";
	}

}
