package io.cleanair.core.event;

/**
 * Bytes that are not a {@link ReadingReceived} in {@link CompactReadingCodec}'s encoding:
 * an unknown encoding version, too few bytes, bytes left over, or a field that cannot
 * hold what it holds (an unknown pollutant code, malformed UTF-8). The message says
 * which; such a record can never be read.
 */
public class UnreadableReadingException extends RuntimeException {

	public UnreadableReadingException(String reason) {
		super(reason);
	}

	public UnreadableReadingException(String reason, Throwable cause) {
		super(reason, cause);
	}

}
