package io.cleanair.ingest.reading;

import java.util.List;

import io.cleanair.core.event.ReadingReceived;

/** The readings of one batch that pass validation, and the ones that don't. */
record IntakeResult(List<ReadingReceived> accepted, List<Rejection> rejected) {

	long flagged() {
		return accepted.stream().filter(r -> r.qcFlags().stream().anyMatch(f -> !f.startsWith("sender:"))).count();
	}

	long revised() {
		return accepted.stream().filter(r -> r.revision() > 0).count();
	}
}
