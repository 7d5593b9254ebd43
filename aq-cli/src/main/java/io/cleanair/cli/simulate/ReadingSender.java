package io.cleanair.cli.simulate;

import java.io.IOException;
import java.util.List;

/** Where simulated readings go. */
public interface ReadingSender {

	/**
	 * Posts one batch.
	 * @throws RetryableException when the batch may succeed later (no connection, 5xx,
	 * 429)
	 * @throws IOException when it never will (a 4xx such as a wrong key)
	 */
	IngestResult send(List<SimulatedReading> readings) throws IOException, InterruptedException;

	/** A failure worth retrying. */
	final class RetryableException extends IOException {

		public RetryableException(String message, Throwable cause) {
			super(message, cause);
		}

	}

}
