package io.cleanair.ingest.reading;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

import io.cleanair.core.event.ReadingReceived;
import io.cleanair.core.pollutant.ConcentrationUnit;
import io.cleanair.core.pollutant.Pollutant;
import io.cleanair.core.pollutant.UnitConversion;
import io.cleanair.ingest.station.Station;

/**
 * Checks each reading of a batch on its own and converts the good ones to canonical units. Pure: the
 * caller supplies the stations the batch names and the clock.
 */
final class ReadingValidator {

	private final Clock clock;

	ReadingValidator(Clock clock) {
		this.clock = clock;
	}

	/** @param mayPostFor whether the sender may post for a station id */
	IntakeResult validate(List<ReadingBatch.RawReading> readings, Map<String, Station> stations,
			Predicate<String> mayPostFor) {
		List<ReadingReceived> accepted = new ArrayList<>();
		List<Rejection> rejected = new ArrayList<>();
		Instant now = clock.instant();
		for (int i = 0; i < readings.size(); i++) {
			ReadingBatch.RawReading raw = readings.get(i);
			try {
				accepted.add(check(raw, stations, mayPostFor, now));
			}
			catch (InvalidReading e) {
				rejected.add(new Rejection(i, e.code, e.getMessage()));
			}
		}
		return new IntakeResult(accepted, rejected);
	}

	private ReadingReceived check(ReadingBatch.RawReading raw, Map<String, Station> stations,
			Predicate<String> mayPostFor, Instant now) {
		if (raw == null) {
			throw new InvalidReading("EMPTY_READING", "reading is null");
		}
		Station station = stations.get(Objects.requireNonNullElse(raw.stationId(), ""));
		if (station == null) {
			throw new InvalidReading("UNKNOWN_STATION", "station '" + raw.stationId() + "' is not registered");
		}
		if (!mayPostFor.test(station.id())) {
			throw new InvalidReading("FORBIDDEN_STATION", "this API key may not post for station '" + station.id() + "'");
		}
		if (!station.active()) {
			throw new InvalidReading("INACTIVE_STATION", "station '" + raw.stationId() + "' is not active");
		}
		Pollutant pollutant = pollutant(raw.pollutant());
		Instant time = time(raw.time());
		double value = value(raw.value());
		double canonical = canonical(pollutant, value, raw.unit());
		return ReadingReceived.of(station.id(), station.districtId(), time, pollutant, canonical, now);
	}

	private static Pollutant pollutant(String text) {
		try {
			return Pollutant.valueOf(Objects.requireNonNull(text));
		}
		catch (RuntimeException e) {
			throw new InvalidReading("UNKNOWN_POLLUTANT",
					"pollutant '" + text + "' is not one of PM2_5, PM10, SO2, NO2, CO, O3");
		}
	}

	private static Instant time(String text) {
		try {
			return OffsetDateTime.parse(Objects.requireNonNull(text)).toInstant();
		}
		catch (RuntimeException e) {
			throw new InvalidReading("BAD_TIME",
					"time '" + text + "' is not ISO-8601 with an offset, e.g. 2026-11-28T08:00:00+08:00");
		}
	}

	private static double value(String text) {
		double value;
		try {
			value = Double.parseDouble(Objects.requireNonNull(text));
		}
		catch (RuntimeException e) {
			throw new InvalidReading("BAD_VALUE", "value '" + text + "' is not a number");
		}
		if (!Double.isFinite(value) || value < 0) {
			throw new InvalidReading("BAD_VALUE", "value " + text + " must be a finite number >= 0");
		}
		return value;
	}

	private static double canonical(Pollutant pollutant, double value, String unitText) {
		try {
			ConcentrationUnit unit = unitText == null ? pollutant.canonicalUnit() : ConcentrationUnit.parse(unitText);
			return UnitConversion.toCanonical(pollutant, value, unit);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidReading("UNIT_NOT_CONVERTIBLE",
					"unit '" + unitText + "' cannot be converted for " + pollutant + ": " + e.getMessage());
		}
	}

	private static final class InvalidReading extends RuntimeException {

		private final String code;

		InvalidReading(String code, String detail) {
			super(detail, null, false, false);
			this.code = code;
		}
	}
}
