package io.cleanair.ingest.reading;

/**
 * Why a reading was not accepted; the names are part of the API and never change meaning.
 */
enum RejectionCode {

	EMPTY_READING, UNKNOWN_STATION, FORBIDDEN_STATION, INACTIVE_STATION, UNKNOWN_POLLUTANT, UNIT_NOT_CONVERTIBLE,
	BAD_TIME, TIME_IN_FUTURE, TIME_TOO_OLD, VALUE_NOT_NUMERIC, VALUE_NOT_FINITE, VALUE_NEGATIVE, VALUE_IMPLAUSIBLE,
	DUPLICATE_IN_BATCH,

	/** The station id does not follow the identifier rule. */
	BAD_STATION_ID,

	/** A field holds NUL or another control character. */
	CONTROL_CHARACTER,

	/**
	 * The station is not in this instance's copy of the registry and the registry's
	 * database does not answer: worth sending again later.
	 */
	REGISTRY_UNAVAILABLE

}
