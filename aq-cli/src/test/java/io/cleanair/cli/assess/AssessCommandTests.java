package io.cleanair.cli.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AssessCommandTests {

	private static final LocalDate JUNE_1 = LocalDate.of(2015, 6, 1);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	Path dir;

	private static List<String> fieldNames(JsonNode node) {
		List<String> names = new ArrayList<>();
		node.propertyNames().forEach(names::add);
		return names;
	}

	@Test
	void under2026ALongFormatDayWithNineteenHoursIsCountedAsInvalid() throws Exception {
		LocalDate june1 = LocalDate.of(2026, 6, 1);
		List<String> lines = new ArrayList<>(HourlyFiles.longDay("S1", june1, 24, 20));
		lines.addAll(HourlyFiles.longDay("S1", june1.plusDays(1), 19, 20));
		Path file = HourlyFiles.write(dir.resolve("long.csv"), InputFormat.LONG_HEADER, lines);

		CliRun run = CliRun.aq("assess", "--json", file.toString());

		assertThat(run.exitCode()).as(run.err()).isZero();
		JsonNode row = JSON.readTree(run.outLines().get(0));
		assertThat(row.get("group").asString()).isEqualTo("station");
		assertThat(row.get("id").asString()).isEqualTo("S1");
		assertThat(row.get("year").asInt()).isEqualTo(2026);
		assertThat(row.get("validDays").asInt()).isEqualTo(1);
		assertThat(row.get("invalidDays").asInt()).isEqualTo(1);
		assertThat(row.get("excellentDays").asInt()).isEqualTo(1);
		assertThat(row.get("goodDayRate").decimalValue()).isEqualByComparingTo("100.0");
	}

	@Test
	void under2012TheSameNineteenHourDayCountsFromItsValidMda8() throws Exception {
		List<String> lines = new ArrayList<>(HourlyFiles.longDay("S1", JUNE_1, 24, 20));
		lines.addAll(HourlyFiles.longDay("S1", JUNE_1.plusDays(1), 19, 20));
		Path file = HourlyFiles.write(dir.resolve("long.csv"), InputFormat.LONG_HEADER, lines);

		JsonNode row = JSON.readTree(CliRun.aq("assess", "--json", file.toString()).outLines().get(0));

		// 19 hours: no daily mean, but 14 valid 8-hour windows, so O3_8H is valid and is
		// the day's AQI
		assertThat(row.get("validDays").asInt()).isEqualTo(2);
		assertThat(row.get("invalidDays").asInt()).isZero();
	}

	@Test
	void jsonRowHasExactlyThePublishedFieldsInOrder() throws Exception {
		Path file = HourlyFiles.write(dir.resolve("long.csv"), InputFormat.LONG_HEADER,
				HourlyFiles.longDay("S1", JUNE_1, 24, 20));

		CliRun run = CliRun.aq("assess", "--json", file.toString());

		assertThat(run.outLines()).hasSize(1);
		assertThat(fieldNames(JSON.readTree(run.outLines().get(0)))).containsExactly("group", "id", "year", "validDays",
				"invalidDays", "goodDays", "excellentDays", "heavyDays", "severeDays", "goodDayRate", "pm25Mean",
				"pm10Mean", "so2Mean", "no2Mean", "coP95", "o3Mda8P90", "compositeIndex");
	}

	@Test
	void utcTimesLandOnTheLocalCalendarDay() throws Exception {
		List<String> lines = HourlyFiles.longDay("S1", JUNE_1, 24, 20)
			.stream()
			.map(l -> l.replace("+08:00", "Z"))
			.toList();
		Path file = HourlyFiles.write(dir.resolve("utc.csv"), InputFormat.LONG_HEADER, lines);

		CliRun run = CliRun.aq("assess", "--json", file.toString());

		// 00:00Z…23:00Z is 08:00 on 1 June to 07:00 on 2 June in Shanghai: two partial
		// days, neither valid
		JsonNode row = JSON.readTree(run.outLines().get(0));
		assertThat(row.get("validDays").asInt()).isZero();
		assertThat(row.get("invalidDays").asInt()).isEqualTo(2);
		assertThat(row.get("goodDayRate").isNull()).isTrue();
	}

	@Test
	void gzipPrsaIsRecognisedByMagicBytesAndCoIsConvertedToMilligrams() throws Exception {
		Path file = HourlyFiles.writeGzip(dir.resolve("prsa-without-gz-extension.csv"), HourlyFiles.PRSA_HEADER,
				HourlyFiles.prsaDay("Dongsi", LocalDate.of(2014, 1, 1), 80));

		CliRun run = CliRun.aq("assess", "--format", "prsa", "--json", file.toString());

		assertThat(run.exitCode()).as(run.err()).isZero();
		JsonNode row = JSON.readTree(run.outLines().get(0));
		assertThat(row.get("id").asString()).isEqualTo("Dongsi");
		assertThat(row.get("coP95").decimalValue()).isEqualByComparingTo("0.5");
		assertThat(row.get("pm25Mean").decimalValue()).isEqualByComparingTo("80");
		assertThat(row.get("goodDays").asInt()).isZero();
	}

	@Test
	void cityGroupAveragesConcentrationsOfAllStations() throws Exception {
		Path a = HourlyFiles.writeGzip(dir.resolve("a.csv.gz"), HourlyFiles.PRSA_HEADER,
				HourlyFiles.prsaDay("A", LocalDate.of(2014, 1, 1), 10));
		Path b = HourlyFiles.write(dir.resolve("b.csv"), HourlyFiles.PRSA_HEADER,
				HourlyFiles.prsaDay("B", LocalDate.of(2014, 1, 1), 200));

		CliRun run = CliRun.aq("assess", "--group", "city", "--json", a.toString(), b.toString());

		assertThat(run.outLines()).hasSize(1);
		JsonNode row = JSON.readTree(run.outLines().get(0));
		assertThat(row.get("group").asString()).isEqualTo("city");
		assertThat(row.get("id").asString()).isEqualTo("city");
		assertThat(row.get("pm25Mean").decimalValue()).isEqualByComparingTo("105");
		assertThat(row.get("goodDays").asInt()).isZero();
	}

	@Test
	void tableIsTheDefaultOutput() throws Exception {
		Path file = HourlyFiles.write(dir.resolve("long.csv"), InputFormat.LONG_HEADER,
				HourlyFiles.longDay("S1", JUNE_1, 24, 20));

		CliRun run = CliRun.aq("assess", file.toString());

		assertThat(run.exitCode()).isZero();
		assertThat(run.outLines().get(0)).startsWith("group").contains("good%", "I_sum");
		assertThat(run.outLines().get(1)).startsWith("station").contains("S1", "2015");
	}

}
