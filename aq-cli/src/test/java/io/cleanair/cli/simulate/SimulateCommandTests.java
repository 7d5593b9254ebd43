package io.cleanair.cli.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import io.cleanair.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code aq simulate} end to end against a stub ingest-service, on a clock that moves
 * only when asked.
 */
class SimulateCommandTests {

	record Run(int exitCode, String out, String err) {
	}

	final StubIngest ingest;

	final TestClock clock = new TestClock(Instant.parse("2026-11-28T16:00:00Z"));

	final ClockSleeper sleeper = new ClockSleeper(clock);

	@TempDir
	Path dir;

	SimulateCommandTests() throws IOException {
		ingest = new StubIngest();
	}

	@AfterEach
	void stop() {
		ingest.close();
	}

	Run simulate(String... args) {
		CommandLine cli = new CommandLine(new SimulateCommand(clock, sleeper));
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		cli.setOut(new PrintWriter(out));
		cli.setErr(new PrintWriter(err));
		int code = cli.execute(args);
		return new Run(code, out.toString(), err.toString());
	}

	@Test
	void registersTheStationsThenPostsOneBatchPerSimulatedHour() {
		ingest.readingsBody = "{\"accepted\":18,\"rejected\":[]}";
		Run run = simulate("--ingest", ingest.uri().toString(), "--stations", "3", "--districts", "2", "--from",
				"2025-01-01", "--until", "2025-01-02", "--speed", "8760", "--register-stations", "--admin-key",
				"admin");

		assertThat(run.err()).isEmpty();
		assertThat(run.exitCode()).isZero();
		assertThat(ingest.requests).filteredOn(r -> r.method().equals("PUT"))
			.extracting(StubIngest.Request::path)
			.containsExactly("/api/v1/stations/st-001", "/api/v1/stations/st-002", "/api/v1/stations/st-003");
		assertThat(ingest.readingPosts()).hasSize(24)
			.allSatisfy(r -> assertThat(r.authorization()).isEqualTo("Bearer admin"));
		assertThat(ingest.readingPosts().get(0).body()).contains("\"time\":\"2025-01-01T00:00:00+08:00\"");
		assertThat(run.out()).contains("registered 3 stations")
			.contains("done: 24 hours, 432 readings sent: 432 accepted, 0 rejected");
	}

	@Test
	void stationsComeFromAFile() throws IOException {
		Path file = Files.writeString(dir.resolve("stations.csv"), """
				id,name,districtId,kind,latitude,longitude
				dongsi,Dongsi,dongcheng,NATIONAL,39.929,116.417
				""");
		Run run = simulate("--ingest", ingest.uri().toString(), "--stations-file", file.toString(), "--from",
				"2025-01-01T00:00+08:00", "--until", "2025-01-01T02:00+08:00", "--speed", "3600", "--api-key", "k");
		assertThat(run.exitCode()).isZero();
		assertThat(ingest.readingPosts()).hasSize(2)
			.allSatisfy(r -> assertThat(r.body()).contains("\"stationId\":\"dongsi\""))
			.allSatisfy(r -> assertThat(r.authorization()).isEqualTo("Bearer k"));
	}

	@Test
	void fromMayCountDaysBackFromTheStartOfThatLocalDay() {
		// the clock: 2026-11-29 00:00 in Beijing; two days back is 2026-11-27 00:00
		// +08:00
		Run run = simulate("--ingest", ingest.uri().toString(), "--stations", "1", "--districts", "1", "--from", "-2d",
				"--until", "2026-11-27T02:00", "--speed", "3600");
		assertThat(run.exitCode()).isZero();
		assertThat(ingest.readingPosts()).hasSize(2);
		assertThat(ingest.readingPosts().get(0).body()).contains("\"time\":\"2026-11-27T00:00:00+08:00\"");
	}

	@Test
	void aRefusedStationEndsTheRunWithExitCodeOne() {
		ingest.stationsStatus = 403;
		Run run = simulate("--ingest", ingest.uri().toString(), "--register-stations", "--admin-key", "nope",
				"--duration", "1m");
		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.err()).startsWith("aq simulate: PUT /api/v1/stations/st-001 answered 403");
		assertThat(ingest.readingPosts()).isEmpty();
	}

	@Test
	void badArgumentsExitWithTwoAndOneLine() {
		assertThat(simulate("--from", "yesterday")).satisfies(r -> {
			assertThat(r.exitCode()).isEqualTo(2);
			assertThat(r.err()).startsWith("aq simulate: --from: 'yesterday' is not a date");
		});
		assertThat(simulate("--stations-file", "x.csv", "--stations", "3").err())
			.contains("give either a file or --stations/--districts");
		assertThat(simulate("--duration", "soon").err()).contains("--duration: 'soon' is not a duration");
		assertThat(simulate("--speed", "0", "--duration", "1h").err()).contains("speed must be positive");
	}

}
