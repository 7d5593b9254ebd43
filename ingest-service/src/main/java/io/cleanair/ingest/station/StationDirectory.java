package io.cleanair.ingest.station;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The station registry as the readings' hot path sees it: a copy in memory, loaded at
 * start and reloaded every {@code aq.registry.refresh-interval}, so that readings of
 * known stations are validated while PostgreSQL is down. Why this design: the database
 * stays the one source of truth (no second copy on a topic to reconcile); changes made
 * through this instance apply at once, those made through another within one refresh; a
 * station not in the copy yet is looked up in the database, and while the database does
 * not answer the last good copy stays in use. Changes and refreshes are serialised, so a
 * refresh that read the table before a change cannot undo it.
 */
@Component
public class StationDirectory implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(StationDirectory.class);

	private final StationRepository repository;

	private volatile Map<String, Station> stations = Map.of();

	StationDirectory(StationRepository repository) {
		this.repository = repository;
	}

	/** What the registry says of these station ids. */
	public record Lookup(Map<String, Station> found, Set<String> unconfirmed) {
	}

	/**
	 * The stations among {@code ids}; an id missing from the copy is looked up in the
	 * database, and is {@code unconfirmed} when the database does not answer.
	 */
	public Lookup find(Collection<String> ids) {
		Map<String, Station> current = stations;
		Map<String, Station> found = new HashMap<>();
		Set<String> missing = new LinkedHashSet<>();
		for (String id : ids) {
			Station station = current.get(id);
			if (station != null) {
				found.put(id, station);
			}
			else {
				missing.add(id);
			}
		}
		if (missing.isEmpty()) {
			return new Lookup(found, Set.of());
		}
		try {
			Map<String, Station> loaded = repository.findAllById(missing);
			found.putAll(loaded);
			remember(loaded);
			return new Lookup(found, Set.of());
		}
		catch (DataAccessException e) {
			log.debug("Stations {} not confirmed, the database does not answer: {}", missing, e.getMessage());
			return new Lookup(found, missing);
		}
	}

	@Override
	public void afterPropertiesSet() {
		refresh();
	}

	@Scheduled(fixedDelayString = "${aq.registry.refresh-interval:PT5S}",
			initialDelayString = "${aq.registry.refresh-interval:PT5S}")
	synchronized void refresh() {
		try {
			stations = repository.findAll()
				.stream()
				.collect(Collectors.toUnmodifiableMap(Station::id, Function.identity()));
		}
		catch (DataAccessException e) {
			log.warn("Station registry not refreshed, keeping the last copy ({} stations): {}", stations.size(),
					e.getMessage());
		}
	}

	/** Runs a change of the registry so that no refresh interleaves with it. */
	synchronized <T> T change(Supplier<T> change) {
		return change.get();
	}

	synchronized void put(Station station) {
		Map<String, Station> next = new HashMap<>(stations);
		next.put(station.id(), station);
		stations = Map.copyOf(next);
	}

	synchronized void remove(String id) {
		Map<String, Station> next = new HashMap<>(stations);
		next.remove(id);
		stations = Map.copyOf(next);
	}

	private synchronized void remember(Map<String, Station> loaded) {
		if (!loaded.isEmpty()) {
			Map<String, Station> next = new HashMap<>(stations);
			next.putAll(loaded);
			stations = Map.copyOf(next);
		}
	}

}
