package io.cleanair.cli.aqi;

import static org.assertj.core.api.Assertions.assertThat;

import io.cleanair.core.aqi.AqiStandards;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code aq aqi} with inputs as arguments. */
class AqiCommandTests {

	record Run(int exitCode, String out, String err) {
	}

	static Run run(String stdin, String... args) {
		Clock clock = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), AqiStandards.CHINA_ZONE);
		CommandLine cli = new CommandLine(
				new AqiCommand(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), clock));
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		cli.setOut(new PrintWriter(out));
		cli.setErr(new PrintWriter(err));
		int code = cli.execute(args);
		return new Run(code, out.toString(), err.toString());
	}

	@Test
	void dailyReportUnder2012PrintsEachIaqiTheAqiCategoryAndPrimaryPollutant() {
		Run r = run("", "--standard", "hj633-2012", "--period", "day", "PM2_5=76", "O3_8H=170", "CO=1.3");
		assertThat(r.exitCode()).isZero();
		assertThat(r.out()).contains("hj633-2012 (daily report)")
			.containsPattern("IAQI PM2_5 +102")
			.containsPattern("IAQI O3_8H +110")
			.containsPattern("IAQI CO +33")
			.containsPattern("AQI +110")
			.contains("Lightly polluted / 轻度污染 (level III")
			.containsPattern("Primary +O3")
			.containsPattern("Exceeding +PM2.5;O3");
		assertThat(r.err()).isEmpty();
	}

	@Test
	void sameDayUnder2026GivesTheRevisedPmIndex() {
		Run r = run("", "--standard", "hj633-2026", "PM2_5=76");
		assertThat(r.out()).containsPattern("AQI +115").containsPattern("Primary +PM2.5").doesNotContain("Exceeding");
	}

	@Test
	void defaultStandardChoosesTheEditionByDate() {
		assertThat(run("", "--date", "2017-01-01", "PM2_5=60").out()).contains("hj633-2012")
			.containsPattern("IAQI PM2_5 +82");
		assertThat(run("", "--date", "2026-03-01", "PM2_5=60").out()).contains("hj633-2026")
			.containsPattern("IAQI PM2_5 +100");
		assertThat(run("", "PM2_5=60").out()).contains("hj633-2026"); // clock: 2026-06-01
	}

	@Test
	void hourlyReportMapsInputsPerStandard() {
		assertThat(run("", "--standard", "hj633-2026", "--period", "hour", "PM2_5=76", "SO2=900").out())
			.contains("(PM2_5_1H 76)")
			.containsPattern("IAQI SO2 +200");
		assertThat(run("", "--standard", "hj633-2012", "--period", "hour", "PM2_5=76").out())
			.contains("(PM2_5_24H 76)");
	}

	@Test
	void epaTakesUsUnits() {
		Run r = run("", "--standard", "epa-2024", "PM2_5=35.9", "CO=8.4", "O3_8H=0.07853333");
		assertThat(r.out()).containsPattern("IAQI PM2_5 +102")
			.containsPattern("IAQI CO +90")
			.containsPattern("IAQI O3_8H +126")
			.containsPattern("AQI +126")
			.contains("Unhealthy for Sensitive Groups")
			.containsPattern("Primary +O3");
	}

	@Test
	void incompleteDayAtOrBelow100IsNaUnder2026() {
		Run r = run("", "--standard", "hj633-2026", "PM2_5=60");
		assertThat(r.out()).containsPattern("AQI +NA")
			.containsPattern("Category +NA")
			.contains("§5.3")
			.contains("Missing");
	}

	@Test
	void badNumberIsOneLineOnStderrWithExitCode2() {
		Run r = run("", "--standard", "hj633-2012", "PM2_5=abc");
		assertThat(r.exitCode()).isEqualTo(2);
		assertThat(r.err()).isEqualTo("aq aqi: argument 'PM2_5=abc': 'abc' is not a number" + System.lineSeparator());
		assertThat(r.out()).isEmpty();
	}

	@Test
	void unknownInputNameIsOneLineOnStderrWithExitCode2() {
		Run r = run("", "PM25=10");
		assertThat(r.exitCode()).isEqualTo(2);
		assertThat(r.err()).startsWith("aq aqi: argument 'PM25=10': unknown input 'PM25'")
			.contains("PM2_5, PM10")
			.hasLineCount(1);
	}

	@Test
	void unknownStandardAndPeriodAreUsageErrors() {
		Run s = run("", "--standard", "aqi-uk", "PM10=10");
		assertThat(s.exitCode()).isEqualTo(2);
		assertThat(s.err()).contains("--standard").contains("epa-2024").hasLineCount(1);
		Run p = run("", "--period", "week", "PM10=10");
		assertThat(p.exitCode()).isEqualTo(2);
		assertThat(p.err()).isEqualTo("aq aqi: --period: 'week' is not hour or day" + System.lineSeparator());
	}

	@Test
	void negativeConcentrationIsRejected() {
		Run r = run("", "--standard", "hj633-2012", "PM10=-5");
		assertThat(r.exitCode()).isEqualTo(2);
		assertThat(r.err()).contains("negative");
	}

	@Test
	void helpDocumentsTheUsUnits() {
		Run r = run("", "--help");
		assertThat(r.exitCode()).isZero();
		assertThat(r.out()).contains("ppm").contains("ppb").contains("epa-2024").contains("hj633-2026");
	}

	@Test
	void publicConstructorBuildsACommandLine() {
		CommandLine cli = new CommandLine(new AqiCommand());
		assertThat(cli.getCommandName()).isEqualTo("aqi");
	}

}
