package io.cleanair.cli.assess;

/**
 * A problem with one input file, reported as one line naming the file and, when known,
 * the line.
 */
final class InputException extends RuntimeException {

	InputException(String file, long line, String message) {
		super(line > 0 ? file + ":" + line + ": " + message : file + ": " + message);
	}

}
