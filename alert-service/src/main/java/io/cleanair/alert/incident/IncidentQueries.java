package io.cleanair.alert.incident;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

/** What the API reads about incidents. */
@Service
public class IncidentQueries {

	private final IncidentRepository incidents;

	IncidentQueries(IncidentRepository incidents) {
		this.incidents = incidents;
	}

	public Optional<StoredIncident> find(UUID id) {
		return incidents.findById(id);
	}

	public List<StoredIncident> search(IncidentFilter filter, int limit) {
		return incidents.search(filter, limit);
	}

	public List<TimelineEntry> timeline(UUID id) {
		return incidents.timeline(id);
	}

}
