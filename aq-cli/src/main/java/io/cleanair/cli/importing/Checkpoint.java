package io.cleanair.cli.importing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/**
 * How many values of each file ingest has acknowledged, in the file's fixed order: a run
 * that stops (Ctrl-C, the service down for good) resumes after them. Written after each
 * acknowledged stretch, atomically (a new file moved over the old), so a crash leaves the
 * last complete state. Without a path it remembers nothing.
 */
final class Checkpoint {

	private final Path path;

	private final Properties done = new Properties();

	private Checkpoint(Path path) {
		this.path = path;
	}

	static Checkpoint none() {
		return new Checkpoint(null);
	}

	/** The checkpoint at {@code path}, empty when the file does not exist. */
	static Checkpoint at(Path path) throws IOException {
		Checkpoint checkpoint = new Checkpoint(path);
		if (Files.exists(path)) {
			try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
				checkpoint.done.load(in);
			}
		}
		return checkpoint;
	}

	static String key(Path file) {
		return file.toAbsolutePath().normalize().toString();
	}

	synchronized long done(String file) {
		return Long.parseLong(done.getProperty(file, "0"));
	}

	synchronized void record(String file, long values) {
		done.setProperty(file, Long.toString(values));
		if (path == null) {
			return;
		}
		try {
			Path next = path.resolveSibling(path.getFileName() + ".next");
			try (Writer out = Files.newBufferedWriter(next, StandardCharsets.UTF_8)) {
				done.store(out, "aq import: values acknowledged per file");
			}
			Files.move(next, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot write the checkpoint " + path, e);
		}
	}

}
