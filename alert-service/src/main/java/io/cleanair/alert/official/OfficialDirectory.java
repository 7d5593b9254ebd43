package io.cleanair.alert.official;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import io.cleanair.alert.config.AlertProperties;
import io.cleanair.alert.config.OfficialDefinition;
import io.cleanair.core.alerting.Official;
import jakarta.annotation.PostConstruct;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The officials registry. Officials named in configuration ({@code aq.alert.officials})
 * are upserted at every start, so configuration wins for their ids; the admin API adds
 * and changes the others.
 */
@Component
public class OfficialDirectory {

	private static final Logger log = LoggerFactory.getLogger(OfficialDirectory.class);

	private final OfficialRepository repository;

	private final AlertProperties properties;

	private final Clock clock;

	OfficialDirectory(OfficialRepository repository, AlertProperties properties, Clock clock) {
		this.repository = repository;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Runs before the Kafka listener starts (singletons are created before lifecycle
	 * beans start).
	 */
	@PostConstruct
	void seedFromConfiguration() {
		for (OfficialDefinition d : properties.officials()) {
			if (d.id() == null || d.id().isBlank()) {
				throw new IllegalArgumentException("every official in aq.alert.officials needs an id");
			}
			repository.upsert(d.toOfficial(properties.zone()), "CONFIG", clock.instant());
		}
		if (!properties.officials().isEmpty()) {
			log.info("Seeded {} official(s) from configuration", properties.officials().size());
		}
	}

	public List<Official> forDistrict(String districtId) {
		return repository.activeForDistrict(districtId);
	}

	public Optional<Official> find(String id) {
		return repository.findById(id);
	}

	public List<Official> all() {
		return repository.findAll();
	}

	/** true when the official is new. */
	public boolean save(Official official) {
		return repository.upsert(official, "API", clock.instant());
	}

	public boolean delete(String id) {
		return repository.delete(id);
	}

}
