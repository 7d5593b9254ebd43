package io.cleanair.analytics.storage;

import java.time.Duration;
import java.util.Optional;

import io.cleanair.analytics.config.AnalyticsProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Decides once at start-up (after the Flyway migrations, before the listeners start)
 * whether the TimescaleDB extension is there. With it (in its own schema
 * {@code timescaledb}), readings and averaged hourly values become hypertables with
 * compression (and a retention policy on readings if one is configured), and the hourly
 * district and city means become continuous aggregates; without it the same tables and
 * views stay plain PostgreSQL. Either way the log says which (docs/storage.md).
 */
@Component
public class StorageMode implements SmartInitializingSingleton {

	static final String SCHEMA = "timescaledb";

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
		Optional<String> schema = extensionSchema();
		timescale = schema.isPresent();
		if (timescale) {
			checkRetention(settings);
			new Hypertables(jdbc, schema.get(), settings).apply();
			log.info("Storage: TimescaleDB (schema {}) — hypertables reading and hourly_mean, compression after {},"
					+ " readings kept {}, hourly district and city means as continuous aggregates refreshed every {}",
					schema.get(), settings.compressAfter(),
					settings.rawRetention() == null ? "without limit" : settings.rawRetention(),
					settings.aggregateRefresh());
		}
		else {
			log.info("Storage: plain PostgreSQL tables with indexes (the timescaledb extension is not available)");
		}
	}

	/**
	 * A correction may arrive for any time within the correction window and needs the raw
	 * readings of its hour; drop_chunks drops whole chunks, so one chunk more is kept.
	 */
	static void checkRetention(AnalyticsProperties.Storage s) {
		if (s.rawRetention() == null) {
			return;
		}
		Duration needed = s.correctionWindow().plus(s.chunkInterval());
		if (s.rawRetention().compareTo(needed) < 0) {
			throw new IllegalStateException("aq.storage.raw-retention of " + s.rawRetention().toDays()
					+ " days would drop readings a correction may still replace: keep at least the correction window of "
					+ s.correctionWindow().toDays() + " days plus a chunk of " + s.chunkInterval().toDays()
					+ " days (docs/storage.md)");
		}
	}

	/**
	 * The schema the extension lives in, creating it in {@code timescaledb} when it is
	 * available and not yet created; empty without TimescaleDB.
	 */
	private Optional<String> extensionSchema() {
		Optional<String> existing = installedIn();
		if (existing.isPresent()) {
			if (!existing.get().equals(SCHEMA)) {
				// ALTER EXTENSION timescaledb SET SCHEMA is not supported:
				// docs/storage.md
				log.warn("The timescaledb extension sits in schema {}, not {}: it keeps working there; docs/storage.md"
						+ " says how to move it", existing.get(), SCHEMA);
			}
			return existing;
		}
		boolean available = jdbc.sql("SELECT count(*) FROM pg_available_extensions WHERE name = 'timescaledb'")
			.query(Integer.class)
			.single() > 0;
		if (!available) {
			return Optional.empty();
		}
		try {
			jdbc.sql("CREATE SCHEMA IF NOT EXISTS " + SCHEMA).update();
			jdbc.sql("CREATE EXTENSION IF NOT EXISTS timescaledb SCHEMA " + SCHEMA).update();
			return installedIn();
		}
		catch (DataAccessException e) {
			// e.g. not in shared_preload_libraries, or no privilege to create it
			log.warn("timescaledb is available but could not be enabled: {}", e.getMostSpecificCause().getMessage());
			return Optional.empty();
		}
	}

	private Optional<String> installedIn() {
		return jdbc
			.sql("SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace"
					+ " WHERE e.extname = 'timescaledb'")
			.query(String.class)
			.optional();
	}

}
