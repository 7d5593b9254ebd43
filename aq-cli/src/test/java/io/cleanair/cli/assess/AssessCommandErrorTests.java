package io.cleanair.cli.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssessCommandErrorTests {

	@TempDir
	Path dir;

	private static void assertOneCleanErrorLine(CliRun run, String... fragments) {
		assertOneCleanErrorLine(AssessCommand.INPUT_ERROR, run, fragments);
	}

	private static void assertOneCleanErrorLine(int exitCode, CliRun run, String... fragments) {
		assertThat(run.exitCode()).isEqualTo(exitCode);
		assertThat(run.out()).isEmpty();
		assertThat(run.errLines()).hasSize(1);
		assertThat(run.errLines().get(0)).startsWith("aq assess: ")
			.contains(fragments)
			.doesNotContain("Exception")
			.doesNotContain("\tat ");
	}

	@Test
	void missingFileIsNamedInOneLine() {
		Path missing = dir.resolve("nope.csv");

		assertOneCleanErrorLine(CliRun.aq("assess", missing.toString()), missing.toString(), "no such file");
	}

	@Test
	void unknownHeaderIsAnUnknownFormatOnLineOne() throws Exception {
		Path file = Files.writeString(dir.resolve("odd.csv"), "a,b,c\n1,2,3\n");

		assertOneCleanErrorLine(CliRun.aq("assess", file.toString()), file + ":1:", "unknown format");
	}

	@Test
	void requestedFormatMustMatchTheHeader() throws Exception {
		Path file = HourlyFiles.write(dir.resolve("long.csv"), InputFormat.LONG_HEADER,
				HourlyFiles.longDay("S1", LocalDate.of(2015, 6, 1), 1, 20));

		assertOneCleanErrorLine(CliRun.aq("assess", "--format", "prsa", file.toString()), file + ":1:", "PRSA");
	}

	@Test
	void badNumberNamesFileAndLine() throws Exception {
		List<String> lines = new ArrayList<>(HourlyFiles.prsaDay("A", LocalDate.of(2014, 1, 1), 10));
		lines.set(2, lines.get(2).replace(",40,", ",4O,"));
		Path file = HourlyFiles.write(dir.resolve("bad.csv"), HourlyFiles.PRSA_HEADER, lines);

		assertOneCleanErrorLine(CliRun.aq("assess", file.toString()), file + ":4:", "bad number '4O'", "PM10");
	}

	@Test
	void badNumberInLongFormatNamesFileAndLine() throws Exception {
		Path file = HourlyFiles.write(dir.resolve("bad.csv"), InputFormat.LONG_HEADER,
				List.of("S1,2015-06-01T00:00+08:00,PM10,12.x,ug/m3"));

		assertOneCleanErrorLine(CliRun.aq("assess", file.toString()), file + ":2:", "bad number '12.x'");
	}

	@Test
	void unknownUnitNamesFileAndLine() throws Exception {
		Path file = HourlyFiles.write(dir.resolve("unit.csv"), InputFormat.LONG_HEADER,
				List.of("S1,2015-06-01T00:00+08:00,PM10,12,grains"));

		assertOneCleanErrorLine(CliRun.aq("assess", file.toString()), file + ":2:", "grains");
	}

	@Test
	void corruptGzipIsReported() throws Exception {
		Path file = Files.write(dir.resolve("broken.csv.gz"), new byte[] { 0x1f, (byte) 0x8b, 8, 0, 1, 2, 3 });

		CliRun run = CliRun.aq("assess", file.toString());

		assertThat(run.exitCode()).isEqualTo(AssessCommand.INPUT_ERROR);
		assertThat(run.errLines()).hasSize(1);
		assertThat(run.err()).contains(file.toString()).doesNotContain("\tat ");
	}

	@Test
	void unknownStandardIsAUsageErrorWithoutStackTrace() throws Exception {
		Path file = HourlyFiles.write(dir.resolve("long.csv"), InputFormat.LONG_HEADER, List.of());

		assertOneCleanErrorLine(AssessCommand.USAGE_ERROR,
				CliRun.aq("assess", "--standard", "epa-2024", file.toString()), "epa-2024");
	}

	@Test
	void unknownFlaggedPolicyAndDayValidityAreUsageErrors() throws Exception {
		Path file = HourlyFiles.write(dir.resolve("long.csv"), InputFormat.LONG_HEADER, List.of());

		assertOneCleanErrorLine(AssessCommand.USAGE_ERROR, CliRun.aq("assess", "--flagged", "drop", file.toString()),
				"--flagged", "drop");
		assertOneCleanErrorLine(AssessCommand.USAGE_ERROR,
				CliRun.aq("assess", "--day-validity", "epa-2024=NA_WHEN_INCOMPLETE", file.toString()), "epa-2024");
		assertOneCleanErrorLine(AssessCommand.USAGE_ERROR,
				CliRun.aq("assess", "--day-validity", "hj633-2012=SOMETIMES", file.toString()), "SOMETIMES");
	}

	@Test
	void noFilesIsAPicocliUsageError() {
		CliRun run = CliRun.aq("assess");

		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).contains("Missing required parameter");
	}

}
