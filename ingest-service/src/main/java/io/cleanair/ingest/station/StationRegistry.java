package io.cleanair.ingest.station;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registry changes: the row and its event for {@code aq.stations.v1} in one transaction
 * (the outbox publishes the event), then this instance's in-memory copy.
 */
@Service
class StationRegistry {

	private final StationRepository stations;

	private final StationEvents events;

	private final StationDirectory directory;

	private final TransactionTemplate transaction;

	StationRegistry(StationRepository stations, StationEvents events, StationDirectory directory,
			TransactionTemplate transaction) {
		this.stations = stations;
		this.events = events;
		this.directory = directory;
		this.transaction = transaction;
	}

	/** Registers or replaces; answers true when the station was new. */
	boolean save(Station station) {
		return directory.change(() -> {
			boolean created = transaction.execute(status -> {
				boolean inserted = stations.save(station);
				events.changed(station);
				return inserted;
			});
			directory.put(station);
			return created;
		});
	}

	boolean delete(String id) {
		return directory.change(() -> {
			boolean deleted = transaction.execute(status -> {
				boolean removed = stations.delete(id);
				if (removed) {
					events.deleted(id);
				}
				return removed;
			});
			directory.remove(id);
			return deleted;
		});
	}

}
