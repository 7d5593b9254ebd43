package io.cleanair.cli.simulate;

/** A station the simulator speaks for, as ingest-service registers it. */
public record SimulatedStation(String id, String name, String districtId, String kind, double latitude,
		double longitude) {
}
