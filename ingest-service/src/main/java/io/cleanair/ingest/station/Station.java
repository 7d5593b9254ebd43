package io.cleanair.ingest.station;

import java.time.ZoneId;

/**
 * A monitoring station as the registry knows it.
 *
 * @param timeZone the zone of times the station sends without an offset
 * @param hourLabel whether the station labels an hourly value by the start or the end of
 * its hour
 */
public record Station(String id, String name, String districtId, StationKind kind, Double latitude, Double longitude,
		boolean active, ZoneId timeZone, HourLabel hourLabel) {

	public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

	public Station(String id, String name, String districtId, StationKind kind, Double latitude, Double longitude,
			boolean active) {
		this(id, name, districtId, kind, latitude, longitude, active, DEFAULT_ZONE, HourLabel.START);
	}

	public enum StationKind {

		NATIONAL, PROVINCIAL, CITY, SENSOR

	}

	/**
	 * START: a value labelled 08:00 covers 08:00–09:00 (the platform's convention); END:
	 * 07:00–08:00.
	 */
	public enum HourLabel {

		START, END

	}
}
