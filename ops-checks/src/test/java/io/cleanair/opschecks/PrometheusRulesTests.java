package io.cleanair.opschecks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code prometheus/}: the configuration, the rules and the rules' unit tests, checked by
 * promtool (Debian package {@code prometheus}). Skipped when promtool is not on the PATH.
 */
class PrometheusRulesTests {

	static final Path PROMETHEUS = RepositoryFiles.resolve("prometheus");

	@Test
	void configurationIsValidAndNamesExistingRuleFiles() throws Exception {
		assertThat(promtool("check", "config", "prometheus.yml")).contains("SUCCESS");
	}

	@Test
	void everyRuleFileIsValid() throws Exception {
		List<String> args = new ArrayList<>(List.of("check", "rules"));
		args.addAll(files(".yml", false));
		assertThat(args).hasSizeGreaterThan(2);
		assertThat(promtool(args.toArray(String[]::new))).contains("SUCCESS");
	}

	@Test
	void ruleUnitTestsPass() throws Exception {
		List<String> args = new ArrayList<>(List.of("test", "rules"));
		args.addAll(files(".test.yml", true));
		assertThat(args).hasSizeGreaterThan(2);
		assertThat(promtool(args.toArray(String[]::new))).contains("SUCCESS");
	}

	private static List<String> files(String suffix, boolean tests) throws IOException {
		try (Stream<Path> files = Files.list(PROMETHEUS.resolve("rules"))) {
			return files.map(p -> p.getFileName().toString())
				.filter(name -> name.endsWith(suffix) && name.endsWith(".test.yml") == tests)
				.sorted()
				.map(name -> "rules/" + name)
				.toList();
		}
	}

	private static String promtool(String... args) throws Exception {
		return Promtool.run(PROMETHEUS, args);
	}

}
