package io.cleanair.cli.importing;

import io.cleanair.cli.assess.HourlyFile;
import io.cleanair.cli.simulate.IngestResult;
import io.cleanair.cli.simulate.ReadingSender;
import io.cleanair.cli.simulate.SimulatedReading;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ImportRunTests {

	static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	@TempDir
	Path dir;

	final List<SimulatedReading> received = new CopyOnWriteArrayList<>();

	@Test
	void everyValueGoesOnceInBatchesAndTheSummaryCountsTheRejectionsByCode() throws Exception {
		Path file = longFile(25);
		ReadingSender ingest = readings -> {
			received.addAll(readings);
			int negative = (int) readings.stream().filter(r -> r.value().startsWith("-")).count();
			return new IngestResult(readings.size() - negative,
					negative == 0 ? Map.of() : Map.of("VALUE_NEGATIVE", negative));
		};
		ImportRun.Summary summary = run(ingest, Checkpoint.at(dir.resolve("cp")), file);

		assertThat(summary.failure()).isNull();
		assertThat(summary.sent()).isEqualTo(25);
		assertThat(summary.accepted()).isEqualTo(25);
		assertThat(received).hasSize(25).doesNotHaveDuplicates();
		assertThat(received)
			.contains(new SimulatedReading("dongsi", "2026-11-01T00:00:00+08:00", "PM2_5", "10.0", "ug/m3"));
		assertThat(summary.text()).startsWith("25 readings sent in").contains("accepted 25, rejected 0");
		assertThat(Checkpoint.at(dir.resolve("cp")).done(Checkpoint.key(file))).isEqualTo(25);
	}

	@Test
	void aRunStoppedByARefusalResumesAfterWhatIngestAcknowledged() throws Exception {
		Path file = longFile(25);
		// the second batch (from 10:00) is refused, whichever request goes first
		ReadingSender refusesTheSecond = readings -> {
			if (readings.get(0).time().equals("2026-11-01T10:00:00+08:00")) {
				throw new IOException("POST /api/v1/readings answered 401");
			}
			received.addAll(readings);
			return new IngestResult(readings.size(), Map.of());
		};
		ImportRun.Summary stopped = run(refusesTheSecond, Checkpoint.at(dir.resolve("cp")), file);
		assertThat(stopped.failure()).contains("401");
		assertThat(Checkpoint.at(dir.resolve("cp")).done(Checkpoint.key(file))).isEqualTo(10);

		received.clear();
		ImportRun.Summary resumed = run(readings -> {
			received.addAll(readings);
			return new IngestResult(readings.size(), Map.of());
		}, Checkpoint.at(dir.resolve("cp")), file);
		assertThat(resumed.failure()).isNull();
		assertThat(resumed.skipped()).isEqualTo(10);
		assertThat(resumed.sent()).isEqualTo(15);
		assertThat(received).extracting(SimulatedReading::time)
			.contains("2026-11-01T10:00:00+08:00")
			.doesNotContain("2026-11-01T09:00:00+08:00");
		assertThat(resumed.text()).contains("10 already imported, skipped");
	}

	@Test
	void aBatchIngestCannotTakeYetIsRetried() throws Exception {
		Path file = longFile(5);
		AtomicInteger calls = new AtomicInteger();
		ImportRun.Summary summary = run(readings -> {
			if (calls.incrementAndGet() == 1) {
				throw new ReadingSender.RetryableException("POST /api/v1/readings answered 503", null);
			}
			received.addAll(readings);
			return new IngestResult(readings.size(), Map.of());
		}, Checkpoint.none(), file);
		assertThat(summary.failure()).isNull();
		assertThat(summary.accepted()).isEqualTo(5);
		assertThat(calls).hasValue(2);
	}

	private ImportRun.Summary run(ReadingSender sender, Checkpoint checkpoint, Path file) throws InterruptedException {
		ImportRun run = new ImportRun(sender, new ImportRun.Settings(10, 2, 3, Duration.ofMillis(1), true), checkpoint,
				BEIJING);
		List<String> lines = new ArrayList<>();
		ImportRun.Summary summary = run.run(
				List.of(new ImportRun.Source(Checkpoint.key(file), HourlyFile.read(file, "long", BEIJING))),
				lines::add);
		assertThat(lines).last().asString().contains(summary.failure() == null ? "100%" : "readings");
		return summary;
	}

	/**
	 * {@code hours} hourly PM2.5 values of station Dongsi from 1 November 2026 00:00
	 * Beijing time.
	 */
	private Path longFile(int hours) throws IOException {
		StringBuilder csv = new StringBuilder("station_id,time,pollutant,value,unit\n");
		for (int h = 0; h < hours; h++) {
			csv.append("Dongsi,2026-11-0")
				.append(1 + h / 24)
				.append('T')
				.append(String.format("%02d", h % 24))
				.append(":00:00+08:00,PM2_5,")
				.append(10 + h)
				.append(",ug/m3\n");
		}
		return Files.writeString(dir.resolve("dongsi.csv"), csv);
	}

}
