package io.cleanair.ingest.config;

/**
 * The broker did not acknowledge in time, or is known to be down: nothing of the batch is
 * accepted.
 */
public class BrokerUnavailableException extends RuntimeException {

	public BrokerUnavailableException(Throwable cause) {
		super("the message broker did not acknowledge: " + cause.getMessage(), cause);
	}

}
