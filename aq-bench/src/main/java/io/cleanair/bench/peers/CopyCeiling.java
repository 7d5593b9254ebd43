package io.cleanair.bench.peers;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.cleanair.bench.stack.BenchReading;
import io.cleanair.bench.stack.Payloads;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The ceiling of the database path: the same readings COPYed over one connection straight
 * into a table made {@code LIKE analytics.reading INCLUDING ALL} (same columns, primary
 * key and index), committed, then dropped.
 */
public final class CopyCeiling {

	public static final String TABLE = "aq_bench.reading";

	private final String url;

	private final String user;

	private final String password;

	public CopyCeiling(String url, String user, String password) {
		this.url = url;
		this.user = user;
		this.password = password;
	}

	/** Readings per second, generation of the COPY text excluded. */
	public double readingsPerSecond(List<List<BenchReading>> batches) throws Exception {
		Instant receivedAt = Instant.now();
		List<String> chunks = new ArrayList<>(batches.size());
		long rows = 0;
		for (List<BenchReading> batch : batches) {
			chunks.add(Payloads.copyText(batch, receivedAt));
			rows += batch.size();
		}
		try (Connection connection = DriverManager.getConnection(url, user, password);
				Statement sql = connection.createStatement()) {
			sql.execute("CREATE SCHEMA IF NOT EXISTS aq_bench");
			sql.execute("DROP TABLE IF EXISTS " + TABLE);
			sql.execute("CREATE TABLE " + TABLE + " (LIKE analytics.reading INCLUDING ALL)");
			connection.setAutoCommit(false);
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			String statement = "COPY " + TABLE
					+ " (station_id, district_id, pollutant, time, value, revision, received_at) FROM STDIN";
			long start = System.nanoTime();
			for (String chunk : chunks) {
				copy.copyIn(statement, new StringReader(chunk));
			}
			connection.commit();
			double seconds = (System.nanoTime() - start) / 1e9;
			connection.setAutoCommit(true);
			sql.execute("DROP TABLE " + TABLE);
			return rows / seconds;
		}
	}

}
