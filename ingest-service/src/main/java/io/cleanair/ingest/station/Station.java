package io.cleanair.ingest.station;

/** A monitoring station as the registry knows it. */
public record Station(String id, String name, String districtId, StationKind kind, Double latitude, Double longitude,
		boolean active) {

	public enum StationKind {

		NATIONAL, PROVINCIAL, CITY, SENSOR

	}
}
