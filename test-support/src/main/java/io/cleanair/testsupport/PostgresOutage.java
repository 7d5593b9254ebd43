package io.cleanair.testsupport;

import org.junit.jupiter.api.Assumptions;

/**
 * The shared PostgreSQL stopped for the length of a {@code try} block, started again
 * (same port, same databases) when it closes: {@code try (PostgresOutage outage =
 * PostgresOutage.begin()) { ... }}. A test run on a server it cannot stop (from the
 * environment, Testcontainers) is skipped.
 */
public final class PostgresOutage implements AutoCloseable {

	private PostgresOutage() {
	}

	public static PostgresOutage begin() {
		Assumptions.assumeTrue(TestInfrastructure.canStopPostgres(),
				"the PostgreSQL of this run cannot be stopped and started again");
		TestInfrastructure.stopPostgres();
		return new PostgresOutage();
	}

	@Override
	public void close() {
		TestInfrastructure.restartPostgres();
	}

}
