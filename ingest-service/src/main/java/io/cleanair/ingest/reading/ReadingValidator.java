package io.cleanair.ingest.reading;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import io.cleanair.core.event.ReadingReceived;
import io.cleanair.core.pollutant.ConcentrationUnit;
import io.cleanair.core.pollutant.Pollutant;
import io.cleanair.core.pollutant.UnitConversion;
import io.cleanair.core.qc.PlausibleRanges;
import io.cleanair.ingest.station.Station;
import io.cleanair.problems.Identifiers;

import static io.cleanair.ingest.reading.RejectionCode.*;

/**
 * Checks each reading of a batch on its own, converts the good ones to canonical units
 * and to the start-of-hour convention, and rejects repeats within the batch. Pure: the
 * caller supplies the stations the batch names, who may post for which, and the time.
 */
final class ReadingValidator {

	private static final Pattern NOT_FINITE = Pattern.compile("[+-]?(nan|inf|infinity)", Pattern.CASE_INSENSITIVE);

	private final Duration maxFutureSkew;

	private final Duration maxAge;

	ReadingValidator(Duration maxFutureSkew, Duration maxAge) {
		this.maxFutureSkew = maxFutureSkew;
		this.maxAge = maxAge;
	}

	/** A reading that passed, with its place in the batch. */
	record Candidate(int index, ReadingReceived reading) {
	}

	record Validation(List<Candidate> candidates, List<Rejection> rejected) {
	}

	/**
	 * @param mayPostFor whether the sender may post for a station id
	 */
	Validation validate(List<ReadingBatch.RawReading> readings, Map<String, Station> stations,
			Predicate<String> mayPostFor, Instant now) {
		return validate(readings, stations, Set.of(), mayPostFor, now);
	}

	/**
	 * @param unconfirmed station ids the registry could not be asked about (its database
	 * did not answer)
	 */
	Validation validate(List<ReadingBatch.RawReading> readings, Map<String, Station> stations, Set<String> unconfirmed,
			Predicate<String> mayPostFor, Instant now) {
		List<Candidate> candidates = new ArrayList<>(readings.size());
		List<Rejection> rejected = new ArrayList<>();
		Map<SeriesHour, Integer> firstIndexOf = new HashMap<>();
		// a batch repeats few distinct stations, times and units: each distinct text is
		// checked or parsed once, and what is the same for the whole batch is worked out
		// once
		Texts texts = new Texts(now, now.plus(maxFutureSkew), now.minus(maxAge));
		for (int i = 0; i < readings.size(); i++) {
			try {
				ReadingReceived reading = check(readings.get(i), stations, unconfirmed, mayPostFor, texts);
				Integer first = firstIndexOf
					.putIfAbsent(new SeriesHour(reading.stationId(), reading.pollutant(), reading.time()), i);
				if (first != null) {
					throw new InvalidReading(DUPLICATE_IN_BATCH,
							"repeats the station, pollutant and time of reading " + first + " of this batch");
				}
				candidates.add(new Candidate(i, reading));
			}
			catch (InvalidReading e) {
				rejected.add(new Rejection(i, e.code, e.getMessage()));
			}
		}
		return new Validation(candidates, rejected);
	}

	private record SeriesHour(String stationId, Pollutant pollutant, Instant time) {
	}

	/**
	 * Station ids, times and units of one batch as checked or parsed so far, by their
	 * text; the batch's time bounds; its event ids.
	 */
	private static final class Texts {

		final Instant now;

		final Instant latest;

		final Instant earliest;

		final Map<String, Station> stations = new HashMap<>();

		final EventIds eventIds = new EventIds();

		Texts(Instant now, Instant latest, Instant earliest) {
			this.now = now;
			this.latest = latest;
			this.earliest = earliest;
		}

		/**
		 * An {@link Instant} for a time with an offset, a {@link LocalDateTime} for one
		 * without.
		 */
		final Map<String, Object> times = new HashMap<>();

		final Map<String, ConcentrationUnit> units = new HashMap<>();

	}

	private ReadingReceived check(ReadingBatch.RawReading raw, Map<String, Station> stations, Set<String> unconfirmed,
			Predicate<String> mayPostFor, Texts texts) {
		if (raw == null) {
			throw new InvalidReading(EMPTY_READING, "reading is null");
		}
		text(raw);
		Station known = texts.stations.get(raw.stationId());
		Station station = known != null ? known : station(raw.stationId(), stations, unconfirmed, mayPostFor, texts);
		Pollutant pollutant = pollutant(raw.pollutant());
		Instant time = time(raw.time(), station, texts);
		double canonical = canonical(pollutant, value(raw.value()), raw.unit(), texts);
		if (!PlausibleRanges.isPlausible(pollutant, canonical)) {
			throw new InvalidReading(VALUE_IMPLAUSIBLE,
					"%s %s %s is above the physically plausible %s %s".formatted(pollutant.displayName(), canonical,
							pollutant.canonicalUnit(), PlausibleRanges.of(pollutant).maximum(),
							pollutant.canonicalUnit()));
		}
		ReadingReceived reading = new ReadingReceived(texts.eventIds.next(), ReadingReceived.SCHEMA_VERSION,
				station.id(), station.districtId(), time, pollutant, canonical, pollutant.canonicalUnit(), 0,
				texts.now);
		return raw.flag() == null || raw.flag().isBlank() ? reading
				: reading.withRevisionAndFlags(0, List.of("sender:" + raw.flag().trim()));
	}

	/**
	 * NUL or another control character in any field rejects the reading (it would be
	 * stripped or refused further on).
	 */
	private static void text(ReadingBatch.RawReading raw) {
		text("stationId", raw.stationId());
		text("time", raw.time());
		text("pollutant", raw.pollutant());
		text("value", raw.value());
		text("unit", raw.unit());
		text("flag", raw.flag());
	}

	private static void text(String field, String value) {
		if (Identifiers.hasControlCharacter(value)) {
			throw new InvalidReading(CONTROL_CHARACTER, field + " contains a control character (e.g. NUL)");
		}
	}

	/**
	 * The station a reading names, checked once per batch: a station that passes is
	 * remembered for the batch's other readings.
	 */
	private static Station station(String id, Map<String, Station> stations, Set<String> unconfirmed,
			Predicate<String> mayPostFor, Texts texts) {
		if (!Identifiers.isIdentifier(id)) {
			throw new InvalidReading(BAD_STATION_ID, "stationId must be an identifier: " + Identifiers.RULE);
		}
		if (unconfirmed.contains(id)) {
			throw new InvalidReading(REGISTRY_UNAVAILABLE, "station '" + id
					+ "' is not known to this instance yet and the registry cannot be read now; retry later");
		}
		Station station = checked(id, stations, mayPostFor);
		texts.stations.put(id, station);
		return station;
	}

	private static Station checked(String id, Map<String, Station> stations, Predicate<String> mayPostFor) {
		Station station = stations.get(Objects.requireNonNullElse(id, ""));
		if (station == null) {
			throw new InvalidReading(UNKNOWN_STATION, "station '" + id + "' is not registered");
		}
		if (!mayPostFor.test(station.id())) {
			throw new InvalidReading(FORBIDDEN_STATION, "this API key may not post for station '" + id + "'");
		}
		if (!station.active()) {
			throw new InvalidReading(INACTIVE_STATION, "station '" + id + "' is not active");
		}
		return station;
	}

	private static Pollutant pollutant(String text) {
		try {
			return Pollutant.valueOf(Objects.requireNonNull(text));
		}
		catch (RuntimeException e) {
			throw new InvalidReading(UNKNOWN_POLLUTANT,
					"pollutant '" + text + "' is not one of PM2_5, PM10, SO2, NO2, CO, O3");
		}
	}

	/**
	 * The start of the hour covered, as an instant: local times are in the station's
	 * zone.
	 */
	private Instant time(String text, Station station, Texts texts) {
		Instant labelled;
		try {
			labelled = parse(Objects.requireNonNull(text), station, texts);
		}
		catch (RuntimeException e) {
			throw new InvalidReading(BAD_TIME, "time '" + text
					+ "' is not ISO-8601, e.g. 2026-11-28T08:00:00+08:00 (or without offset, in the station's zone)");
		}
		Instant start = station.hourLabel() == Station.HourLabel.END ? labelled.minus(Duration.ofHours(1)) : labelled;
		if (start.isAfter(texts.latest)) {
			throw new InvalidReading(TIME_IN_FUTURE,
					"time " + text + " is more than " + maxFutureSkew + " in the future");
		}
		if (start.isBefore(texts.earliest)) {
			throw new InvalidReading(TIME_TOO_OLD,
					"time " + text + " is older than the acceptance window of " + maxAge);
		}
		return start;
	}

	private static Instant parse(String text, Station station, Texts texts) {
		Object parsed = texts.times.computeIfAbsent(text, ReadingValidator::parse);
		return parsed instanceof LocalDateTime local ? local.atZone(station.timeZone()).toInstant() : (Instant) parsed;
	}

	/** An instant where the text has an offset, else the local date and time. */
	private static Object parse(String text) {
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException withoutOffset) {
			return LocalDateTime.parse(text);
		}
	}

	/**
	 * A decimal number; NaN and infinities are named as such, Java's lenient forms ("1d",
	 * hex) are not numbers.
	 */
	private static double value(String text) {
		String trimmed = Objects.requireNonNullElse(text, "").trim();
		double value;
		try {
			value = new BigDecimal(trimmed).doubleValue();
		}
		catch (NumberFormatException e) {
			// no text that names NaN or an infinity is a decimal number, so it is told
			// apart only here
			if (NOT_FINITE.matcher(trimmed).matches()) {
				throw new InvalidReading(VALUE_NOT_FINITE, "value " + text + " is not a finite number");
			}
			throw new InvalidReading(VALUE_NOT_NUMERIC, "value '" + text + "' is not a number");
		}
		if (!Double.isFinite(value)) {
			throw new InvalidReading(VALUE_NOT_FINITE, "value " + text + " is not a finite number");
		}
		if (value < 0) {
			throw new InvalidReading(VALUE_NEGATIVE, "value " + text + " is negative");
		}
		return value;
	}

	private static double canonical(Pollutant pollutant, double value, String unitText, Texts texts) {
		try {
			ConcentrationUnit unit = unitText == null ? ConcentrationUnit.parse(null)
					: texts.units.computeIfAbsent(unitText, ConcentrationUnit::parse);
			// the conversion returns a value already in the canonical unit as it is
			return unit == pollutant.canonicalUnit() ? value : UnitConversion.toCanonical(pollutant, value, unit);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidReading(UNIT_NOT_CONVERTIBLE,
					"unit '" + unitText + "' cannot be converted for " + pollutant + ": " + e.getMessage());
		}
	}

	/**
	 * Event ids of one batch: one random (version 4) UUID drawn for the batch, its last
	 * bits counting the readings, instead of a draw from the shared secure random per
	 * reading. Unique within the batch by the count and across batches as random UUIDs
	 * are.
	 */
	private static final class EventIds {

		private final UUID base = UUID.randomUUID();

		private long count;

		UUID next() {
			return new UUID(base.getMostSignificantBits(), base.getLeastSignificantBits() ^ count++);
		}

	}

	private static final class InvalidReading extends RuntimeException {

		private final RejectionCode code;

		InvalidReading(RejectionCode code, String detail) {
			super(detail, null, false, false);
			this.code = code;
		}

	}

}
