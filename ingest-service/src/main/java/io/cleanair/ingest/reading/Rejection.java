package io.cleanair.ingest.reading;

/**
 * Why one reading of a batch was not accepted; {@code code} is stable, {@code detail} is
 * for people.
 */
record Rejection(int index, String code, String detail) {

	Rejection(int index, RejectionCode code, String detail) {
		this(index, code.name(), detail);
	}
}
