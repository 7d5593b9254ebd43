package io.cleanair.analytics.reading;

/**
 * Which lane a batch came from: current readings ({@code aq.readings.v2}, and
 * {@code aq.readings.v1} from older ingests) or history older than ingest's backfill age
 * ({@code aq.readings-backfill.v2} and {@code .v1}), which has consumers of its own so
 * that a saturating backfill does not delay current readings and their alerts.
 */
enum Lane {

	LIVE,

	/**
	 * History: stored and assessed like any reading, but no real-time station hours are
	 * published for it.
	 */
	BACKFILL

}
