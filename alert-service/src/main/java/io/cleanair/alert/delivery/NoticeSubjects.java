package io.cleanair.alert.delivery;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.cleanair.core.alerting.Incident;

/** Where delivery reads what a notice is about, to write it again for another channel. */
public interface NoticeSubjects {

	Optional<Subject> find(UUID incidentId);

	/** An incident with the figures of its latest signal. */
	record Subject(Incident incident, Map<String, Double> figures) {
	}

}
