package io.cleanair.analytics.config;

/**
 * A record that can never be processed (unreadable or invalid): it goes to the
 * dead-letter topic with this reason.
 */
public class PoisonRecordException extends RuntimeException {

	public PoisonRecordException(String reason) {
		super(reason);
	}

}
