package io.cleanair.opschecks;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Prometheus's own checker, when it is installed (Debian package {@code prometheus}). */
final class Promtool {

	private static final Optional<Path> EXECUTABLE = Stream
		.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
		.filter(dir -> !dir.isBlank())
		.map(dir -> Path.of(dir, "promtool"))
		.filter(Files::isExecutable)
		.findFirst();

	private Promtool() {
	}

	/**
	 * Runs promtool in {@code directory}; skips the test without promtool, fails it
	 * unless promtool exits with 0.
	 */
	static String run(Path directory, String... args) throws IOException, InterruptedException {
		assumeTrue(EXECUTABLE.isPresent(), "promtool is not on the PATH: Prometheus configuration, rules and queries"
				+ " are not checked (install the Debian package 'prometheus' to check them)");
		List<String> command = new ArrayList<>(List.of(EXECUTABLE.get().toString()));
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		boolean finished = process.waitFor(2, TimeUnit.MINUTES);
		assertThat(finished).as("promtool finished in time").isTrue();
		assertThat(process.exitValue()).as("promtool %s%n%s", String.join(" ", args), output).isZero();
		return output;
	}

}
