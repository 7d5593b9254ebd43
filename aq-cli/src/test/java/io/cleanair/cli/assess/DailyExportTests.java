package io.cleanair.cli.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code aq assess --daily}: one line per day with everything an analyst compares with a
 * bulletin.
 */
class DailyExportTests {

	private static final LocalDate DAY = LocalDate.of(2016, 5, 23);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	Path dir;

	/**
	 * Every pollutant for 24 hours except O3: 15 hours at 60 µg/m³, then an isolated 500
	 * and nothing.
	 */
	private Path dayWithAnOzoneSpike() throws Exception {
		List<String> lines = new ArrayList<>();
		for (String line : HourlyFiles.longDay("S1", DAY, 24, 30)) {
			if (!line.contains(",O3,")) {
				lines.add(line);
			}
		}
		for (int h = 0; h < 15; h++) {
			lines.add("S1," + DAY.atTime(h, 0) + "+08:00,O3," + (60 + h % 3) + ",ug/m3");
		}
		lines.add("S1," + DAY.atTime(15, 0) + "+08:00,O3,500,ug/m3");
		return HourlyFiles.write(dir.resolve("spike.csv"), InputFormat.LONG_HEADER, lines);
	}

	private static Map<String, String> csvRow(List<String> lines, int row) {
		String[] header = lines.get(0).split(",", -1);
		String[] values = lines.get(row).split(",", -1);
		Map<String, String> fields = new LinkedHashMap<>();
		for (int i = 0; i < header.length; i++) {
			fields.put(header[i], values[i]);
		}
		return fields;
	}

	@Test
	void csvHasOneLinePerDayWithEachIndicatorsConcentrationAndIaqi() throws Exception {
		Path file = HourlyFiles.write(dir.resolve("long.csv"), InputFormat.LONG_HEADER,
				HourlyFiles.longDay("S1", DAY, 24, 36));

		CliRun run = CliRun.aq("assess", "--daily", file.toString());

		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.outLines()).hasSize(2);
		Map<String, String> day = csvRow(run.outLines(), 1);
		assertThat(day).containsEntry("date", "2016-05-23")
			.containsEntry("scope", "station")
			.containsEntry("id", "S1")
			.containsEntry("PM2_5_24H", "36")
			.containsEntry("PM2_5_24H_IAQI", "52")
			.containsEntry("aqi", "52")
			.containsEntry("category", "GOOD")
			.containsEntry("primaryPollutants", "PM2_5")
			.containsEntry("valid", "true")
			.containsEntry("ruleSet", "hj633-2012")
			.containsEntry("validityPolicy", "MISSING_INDICATORS_NA")
			.containsEntry("excluded", "");
	}

	@Test
	void aSpikeDoesNotCarryTheOneHourExceptionAndTheDayListsIt() throws Exception {
		CliRun run = CliRun.aq("assess", "--daily", "--json", dayWithAnOzoneSpike().toString());

		JsonNode day = JSON.readTree(run.outLines().get(0));
		assertThat(day.get("concentrations").has("O3_1H")).isFalse();
		assertThat(day.get("missing").toString()).contains("O3_1H").contains("O3_8H");
		JsonNode excluded = day.get("excluded").get(0);
		assertThat(excluded.get("station").asString()).isEqualTo("S1");
		assertThat(excluded.get("pollutant").asString()).isEqualTo("O3");
		assertThat(excluded.get("hourLabel").asInt()).isEqualTo(16);
		assertThat(excluded.get("value").asDouble()).isEqualTo(500);
		assertThat(excluded.get("reason").asString()).isEqualTo("NOT_FOR_EXCEEDANCE_EXCEPTION");
		assertThat(excluded.get("statistic").asString()).isEqualTo("O3_1H");
		assertThat(day.get("valid").asBoolean()).isTrue();
	}

	@Test
	void withoutQcTheSpikeCarriesTheExceptionAsBefore() throws Exception {
		CliRun run = CliRun.aq("assess", "--daily", "--json", "--no-qc", dayWithAnOzoneSpike().toString());

		JsonNode day = JSON.readTree(run.outLines().get(0));
		assertThat(day.get("concentrations").get("O3_1H").asInt()).isEqualTo(500);
		assertThat(day.get("excluded").size()).isZero();
	}

	@Test
	void holdLeavesTheSpikeOutAndMarksTheDayPendingAudit() throws Exception {
		CliRun run = CliRun.aq("assess", "--daily", "--json", "--flagged", "hold", dayWithAnOzoneSpike().toString());

		JsonNode day = JSON.readTree(run.outLines().get(0));
		assertThat(day.get("excluded").get(0).get("reason").asString()).isEqualTo("QC_FLAG_HELD");
		assertThat(day.get("pendingAudit").asBoolean()).isTrue();
	}

	@Test
	void theDayValidityPolicyOfAnEditionCanBeReplaced() throws Exception {
		Path file = HourlyFiles.write(dir.resolve("long.csv"), InputFormat.LONG_HEADER,
				HourlyFiles.longDay("S1", DAY, 19, 20));

		Map<String, String> own = csvRow(CliRun.aq("assess", "--daily", file.toString()).outLines(), 1);
		Map<String, String> as2026 = csvRow(
				CliRun.aq("assess", "--daily", "--day-validity", "hj633-2012=na_unless_above_100", file.toString())
					.outLines(),
				1);

		assertThat(own).containsEntry("valid", "true")
			.containsEntry("missing", "PM2_5_24H PM10_24H SO2_24H NO2_24H" + " CO_24H O3_1H");
		assertThat(as2026).containsEntry("valid", "false").containsEntry("validityPolicy", "NA_UNLESS_ABOVE_100");
		assertThat(as2026.get("invalidReason")).startsWith("HJ 633-2026 §5.3");
	}

	@Test
	void fiveMinuteReadingsMakeAnHourOnlyWith45MinutesOfThem() throws Exception {
		List<String> lines = new ArrayList<>();
		for (int h = 0; h < 24; h++) {
			int readings = h < 20 ? 12 : 8; // the last four hours have 40 minutes each
			for (int m = 0; m < readings; m++) {
				lines.add("S1," + DAY.atTime(h, m * 5) + "+08:00,PM2.5," + (h < 20 ? 50 : 90) + ",ug/m3");
			}
		}
		Path file = HourlyFiles.write(dir.resolve("five-minute.csv"), InputFormat.LONG_HEADER, lines);

		JsonNode day = JSON.readTree(CliRun.aq("assess", "--daily", "--json", file.toString()).outLines().get(0));

		assertThat(day.get("concentrations").get("PM2_5_24H").asInt()).isEqualTo(50);
		assertThat(day.get("excluded").size()).isEqualTo(4);
		assertThat(day.get("excluded").get(0).get("reason").asString()).isEqualTo("INSUFFICIENT_COVERAGE");
		assertThat(day.get("excluded").get(0).get("detail").asString()).isEqualTo("40 of 60 minutes sampled");
	}

}
