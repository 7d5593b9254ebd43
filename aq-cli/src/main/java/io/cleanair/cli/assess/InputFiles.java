package io.cleanair.cli.assess;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Opens plain or gzip-compressed text files; gzip is recognised by its magic bytes 1f 8b.
 */
final class InputFiles {

	private static final int BUFFER = 1 << 16;

	private InputFiles() {
	}

	static BufferedReader open(Path file) throws IOException {
		InputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER);
		if (isGzip(in)) {
			in = new GZIPInputStream(in, BUFFER);
		}
		return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), BUFFER);
	}

	private static boolean isGzip(InputStream in) throws IOException {
		in.mark(2);
		int b1 = in.read();
		int b2 = in.read();
		in.reset();
		return b1 == 0x1f && b2 == 0x8b;
	}

}
