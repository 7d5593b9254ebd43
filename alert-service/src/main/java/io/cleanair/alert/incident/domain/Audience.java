package io.cleanair.alert.incident.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.cleanair.core.alerting.Official;

/**
 * What the decisions read about who is (or was) told: the officials and the incident's
 * notices.
 */
public interface Audience {

	/** The active officials who answer for the district. */
	List<Official> ofDistrict(String districtId);

	Optional<Official> find(String officialId);

	/** The incident's notices so far; read only for a resolution or a reopening. */
	List<PastNotice> notices(UUID incidentId);

}
