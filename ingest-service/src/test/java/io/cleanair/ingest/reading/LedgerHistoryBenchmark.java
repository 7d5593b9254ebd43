package io.cleanair.ingest.reading;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.cleanair.core.event.ReadingReceived;
import io.cleanair.core.pollutant.Pollutant;
import io.cleanair.ingest.IngestApplication;
import io.cleanair.ingest.support.IngestClient;
import io.cleanair.testsupport.AqTestProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * PostgreSQL CPU time of the QC's history read, against a ledger of 400 and then 2,400 hours of 167
 * stations, for live batches of 17 and 167 stations: the per-series read ({@link ReadingLedger#history})
 * beside the earlier read by station and overall span. Prints figures; asserts nothing about time. Not
 * part of {@code verify}: run it like {@link IntakeBenchmark} with {@code -Dit.test=LedgerHistoryBenchmark}.
 */
@SpringBootTest(classes = IngestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { IngestApplication.CONFIG_NAME, IngestClient.ADMIN_KEY_PROPERTY })
class LedgerHistoryBenchmark {

	static final String EARLIER_READ = """
			SELECT station_id, pollutant, time, value, revision FROM reading_ledger
			WHERE station_id = ANY (?) AND time BETWEEN ? AND ?
			""";

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		AqTestProperties.register(registry, LedgerHistoryBenchmark.class);
	}

	@Autowired
	ReadingLedger ledger;

	@Autowired
	JdbcClient jdbc;

	/** Parent pid and CPU milliseconds of a process ({@code /proc/<pid>/stat}, ticks of 10 ms); null if gone. */
	static long[] stat(long pid) {
		try {
			String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
			String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return new long[] { Long.parseLong(f[1]), (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10 };
		}
		catch (Exception e) {
			return null;
		}
	}

	/** CPU milliseconds of all processes of the PostgreSQL server (backends, parallel workers). */
	long postgresCpuMillis() throws Exception {
		long server = stat(jdbc.sql("SELECT pg_backend_pid()").query(Integer.class).single())[0];
		long sum = 0;
		try (var processes = Files.list(Path.of("/proc"))) {
			for (Path p : processes.toList()) {
				String name = p.getFileName().toString();
				long[] stat = name.chars().allMatch(Character::isDigit) ? stat(Long.parseLong(name)) : null;
				if (stat != null && stat[0] == server) {
					sum += stat[1];
				}
			}
		}
		return sum;
	}

	@Test
	void postgresCpuOfTheHistoryReadByLedgerSize() throws Exception {
		Instant t0 = Instant.parse("2026-11-28T00:00:00Z");
		ReadingQc qc = new ReadingQc(io.cleanair.core.qc.SuspiciousValues.DEFAULTS, Duration.ofHours(12));
		int filled = 0;
		for (int hours : new int[] { 400, 2400 }) {
			jdbc.sql("""
					INSERT INTO reading_ledger
					SELECT 'S' || s, p, timestamptz '2026-11-28T00:00:00Z' - h * interval '1 hour', 30, 0, now()
					FROM generate_series(0, 166) s, unnest(array['PM2_5','PM10','SO2','NO2','CO','O3']) p,
					     generate_series(?, ?) h
					""").params(filled + 1, hours).update();
			filled = hours;
			jdbc.sql("VACUUM ANALYZE reading_ledger").update();
			for (int stations : new int[] { 17, 167 }) {
				List<ReadingReceived> batch = new ArrayList<>();
				for (int s = 0; s < stations; s++) {
					for (Pollutant p : Pollutant.values()) {
						batch.add(ReadingReceived.of("S" + s, "d", t0, p, 33, t0));
					}
				}
				var spans = qc.spans(batch);
				String[] ids = batch.stream().map(ReadingReceived::stationId).distinct().toArray(String[]::new);
				for (int round = 0; round < 2; round++) {
					long ca = postgresCpuMillis();
					int rows = 0;
					for (int i = 0; i < 20; i++) {
						rows = jdbc.sql(EARLIER_READ)
							.params(ids, Timestamp.from(t0.minus(Duration.ofHours(12))), Timestamp.from(t0))
							.query((r, x) -> r.getTimestamp("time"))
							.list()
							.size();
					}
					long cb = postgresCpuMillis();
					int rows2 = 0;
					for (int i = 0; i < 20; i++) {
						rows2 = ledger.history(spans).values().stream().mapToInt(List::size).sum();
					}
					long cc = postgresCpuMillis();
					System.out.printf("Ledger of %d hours x 167 stations, batch of %d readings: by station and span %d rows,"
							+ " PostgreSQL CPU %.1f ms | per series %d rows, PostgreSQL CPU %.1f ms%n",
							hours, batch.size(), rows, (cb - ca) / 20.0, rows2, (cc - cb) / 20.0);
				}
			}
		}
	}
}
