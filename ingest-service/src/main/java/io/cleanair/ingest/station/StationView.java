package io.cleanair.ingest.station;

import java.util.List;

/** A station as the registry API shows it. */
record StationView(String id, String name, String districtId, Station.StationKind kind, Double latitude,
		Double longitude, boolean active, String timeZone, Station.HourLabel hourLabel) {

	static StationView of(Station s) {
		return new StationView(s.id(), s.name(), s.districtId(), s.kind(), s.latitude(), s.longitude(), s.active(),
				s.timeZone().getId(), s.hourLabel());
	}

	/** One page of the registry; {@code page} counts from 0. */
	record Page(List<StationView> items, int page, int size, long total) {

		static Page of(StationPage p) {
			return new Page(p.items().stream().map(StationView::of).toList(), p.page(), p.size(), p.total());
		}
	}
}
