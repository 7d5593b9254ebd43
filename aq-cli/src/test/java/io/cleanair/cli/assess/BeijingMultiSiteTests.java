package io.cleanair.cli.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plausibility on the UCI Beijing multi-site data set (CC BY 4.0, Beijing Municipal
 * Environmental Monitoring Center via UCI id 501), when present; the data are not part of
 * the repository. Location: system property {@code aq.beijing.dir}, default
 * /work/shared/data/beijing-multisite.
 */
class BeijingMultiSiteTests {

	private static final Path DATA = Path
		.of(System.getProperty("aq.beijing.dir", "/work/shared/data/beijing-multisite"));

	@Test
	void cityYearsLookLikeBeijingsPublishedFigures() throws Exception {
		assumeTrue(Files.isDirectory(DATA), "Beijing multi-site data not found at " + DATA + "; skipping");
		List<String> args = new ArrayList<>(List.of("assess", "--format", "prsa", "--group", "city", "--json"));
		try (Stream<Path> files = Files.list(DATA)) {
			files.filter(f -> f.getFileName().toString().endsWith(".csv.gz"))
				.sorted()
				.forEach(f -> args.add(f.toString()));
		}
		assumeTrue(args.size() > 6, "no .csv.gz files in " + DATA + "; skipping");

		CliRun run = CliRun.aq(args.toArray(String[]::new));

		assertThat(run.exitCode()).as(run.err()).isZero();
		JsonMapper json = JsonMapper.builder().build();
		for (String line : run.outLines()) {
			JsonNode row = json.readTree(line);
			int year = row.get("year").asInt();
			if (year >= 2014 && year <= 2016) {
				assertThat(row.get("pm25Mean").asDouble()).as("PM2.5 %d", year).isBetween(65.0, 95.0);
				assertThat(row.get("goodDayRate").asDouble()).as("good-day rate %d", year).isBetween(40.0, 65.0);
			}
		}
	}

}
