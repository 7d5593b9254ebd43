package io.cleanair.opschecks;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code prometheus/}: the configuration, the rules and the rules' unit tests, checked by promtool (Debian
 * package {@code prometheus}). Skipped when promtool is not on the PATH.
 */
class PrometheusRulesTests {

	static final Path PROMETHEUS = RepositoryFiles.resolve("prometheus");

	static Path promtool;

	@BeforeAll
	static void findPromtool() {
		promtool = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
			.filter(dir -> !dir.isBlank())
			.map(dir -> Path.of(dir, "promtool"))
			.filter(Files::isExecutable)
			.findFirst()
			.orElse(null);
	}

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

	/** Runs promtool in {@code prometheus/}, fails with its output unless it exits with 0. */
	private static String promtool(String... args) throws IOException, InterruptedException {
		assumeTrue(promtool != null, "promtool is not on the PATH: the Prometheus configuration and rules are not"
				+ " checked (install the Debian package 'prometheus' to check them)");
		List<String> command = new ArrayList<>(List.of(promtool.toString()));
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).directory(PROMETHEUS.toFile()).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		boolean finished = process.waitFor(2, TimeUnit.MINUTES);
		assertThat(finished).as("promtool finished in time").isTrue();
		assertThat(process.exitValue()).as("promtool %s%n%s", String.join(" ", args), output).isZero();
		return output;
	}
}
