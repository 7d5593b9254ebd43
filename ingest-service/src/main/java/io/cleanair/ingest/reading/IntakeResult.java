package io.cleanair.ingest.reading;

import java.util.List;

import io.cleanair.core.event.ReadingReceived;

/** The readings of one batch that pass validation, and the ones that don't. */
record IntakeResult(List<ReadingReceived> accepted, List<Rejection> rejected) {

	/** Accepted readings with a flag of their sender's ({@code sender:<flag>}). */
	long flagged() {
		return accepted.stream().filter(r -> !r.qcFlags().isEmpty()).count();
	}
}
