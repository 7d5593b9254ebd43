package io.cleanair.health;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.boot.health.contributor.Health;

/** Asks the pool for a connection and the server whether it is still valid. */
class DatabaseProbe implements Supplier<Health> {

	private final DataSource dataSource;

	private final int timeoutSeconds;

	DatabaseProbe(DataSource dataSource, Duration timeout) {
		this.dataSource = dataSource;
		this.timeoutSeconds = (int) Math.max(1, timeout.toSeconds());
	}

	@Override
	public Health get() {
		try (Connection connection = dataSource.getConnection()) {
			if (connection.isValid(timeoutSeconds)) {
				return Health.up().withDetail("database", connection.getMetaData().getDatabaseProductName()).build();
			}
			return Health.down().withDetail("error", "connection not valid").build();
		}
		catch (SQLException ex) {
			return Health.down().withDetail("error", ex.getClass().getSimpleName()).build();
		}
	}

}
