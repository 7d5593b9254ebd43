package io.cleanair.ingest.reading;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import io.cleanair.ingest.station.Station;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ReadingValidatorTests {

	static final Instant NOW = Instant.parse("2026-11-28T04:00:00Z");

	static final Station URUMQI_END = new Station("U", "Urumqi", "d", Station.StationKind.CITY, null, null, true,
			ZoneId.of("Asia/Urumqi"), Station.HourLabel.END);

	final ReadingValidator validator = new ReadingValidator(Duration.ofMinutes(15), Duration.ofDays(400));

	@Test
	void aLocalEndOfHourLabelBecomesTheStartOfTheHourInUtc() {
		// 10:00 in Urumqi (UTC+6) labels 09:00-10:00 local, i.e. 03:00-04:00 UTC
		var result = validate(new ReadingBatch.RawReading("U", "2026-11-28T10:00:00", "PM10", "80", "ug/m3"));
		assertThat(result.candidates()).singleElement()
			.satisfies(c -> assertThat(c.reading().time()).isEqualTo(Instant.parse("2026-11-28T03:00:00Z")));
	}

	@ParameterizedTest
	@CsvSource({ "1d, VALUE_NOT_NUMERIC", "0x10, VALUE_NOT_NUMERIC", "'', VALUE_NOT_NUMERIC",
			"Infinity, VALUE_NOT_FINITE", "-inf, VALUE_NOT_FINITE", "1e400, VALUE_NOT_FINITE", "NaN, VALUE_NOT_FINITE",
			"-0.5, VALUE_NEGATIVE", "2001, VALUE_IMPLAUSIBLE" })
	void valuesThatAreNotAPlausibleDecimalNumberAreRejectedWithTheirReason(String value, String code) {
		var result = validate(new ReadingBatch.RawReading("U", "2026-11-28T10:00:00", "PM2_5", value, "ug/m3"));
		assertThat(result.rejected()).singleElement().extracting(Rejection::code).isEqualTo(code);
	}

	@ParameterizedTest
	@CsvSource({ "'U\u0000', 80, ug/m3, CONTROL_CHARACTER", "U, '80\u0000', ug/m3, CONTROL_CHARACTER",
			"U, 80, 'ug/m3\u001b', CONTROL_CHARACTER", "'x'' OR ''1''=''1', 80, ug/m3, BAD_STATION_ID",
			"'-U', 80, ug/m3, BAD_STATION_ID" })
	void controlCharactersAndIdsOutsideTheRuleAreRejectedNotStripped(String station, String value, String unit,
			String code) {
		var result = validate(new ReadingBatch.RawReading(station, "2026-11-28T10:00:00", "PM2_5", value, unit));
		assertThat(result.rejected()).singleElement().extracting(Rejection::code).isEqualTo(code);
	}

	@Test
	void aStationTheRegistryCouldNotConfirmIsWorthSendingAgain() {
		var result = validator.validate(
				List.of(new ReadingBatch.RawReading("N", "2026-11-28T10:00:00", "PM10", "80", "ug/m3")), Map.of(),
				java.util.Set.of("N"), id -> true, NOW);
		assertThat(result.rejected()).singleElement().extracting(Rejection::code).isEqualTo("REGISTRY_UNAVAILABLE");
	}

	@Test
	void theSameLocalTimeTextIsReadInEachStationsOwnZone() {
		Station beijing = new Station("B", "Beijing", "d", Station.StationKind.CITY, null, null, true,
				ZoneId.of("Asia/Shanghai"), Station.HourLabel.START);
		var result = validator.validate(
				List.of(new ReadingBatch.RawReading("U", "2026-11-28T10:00:00", "PM10", "80", "ug/m3"),
						new ReadingBatch.RawReading("B", "2026-11-28T10:00:00", "PM10", "80", "ug/m3"),
						new ReadingBatch.RawReading("B", "2026-11-28T10:00:00+08:00", "PM2_5", "80", "UG/M3"),
						new ReadingBatch.RawReading("U", "2026-11-28T10:00:00+08:00", "PM2_5", "80", "ug/m3")),
				Map.of("U", URUMQI_END, "B", beijing), id -> true, NOW);
		assertThat(result.rejected()).isEmpty();
		assertThat(result.candidates()).extracting(c -> c.reading().time())
			.containsExactly(Instant.parse("2026-11-28T03:00:00Z"), Instant.parse("2026-11-28T02:00:00Z"),
					Instant.parse("2026-11-28T02:00:00Z"), Instant.parse("2026-11-28T01:00:00Z"));
	}

	@Test
	void aRepeatOfStationPollutantAndHourIsRejectedHoweverTheTimeIsWritten() {
		var result = validator.validate(
				List.of(new ReadingBatch.RawReading("U", "2026-11-28T10:00:00", "PM10", "80", "ug/m3"),
						new ReadingBatch.RawReading("U", "2026-11-28T04:00:00Z", "PM10", "81", "ug/m3")),
				Map.of("U", URUMQI_END), id -> true, NOW);
		assertThat(result.rejected()).singleElement().satisfies(r -> {
			assertThat(r.index()).isEqualTo(1);
			assertThat(r.code()).isEqualTo("DUPLICATE_IN_BATCH");
		});
	}

	@Test
	void valuesInAnotherUnitAreConvertedAndInTheCanonicalOneKeptAsSent() {
		var result = validator.validate(
				List.of(new ReadingBatch.RawReading("U", "2026-11-28T08:00:00", "CO", "1200", "ug/m3"),
						new ReadingBatch.RawReading("U", "2026-11-28T08:00:00", "NO2", "0.1", "µg/m³"),
						new ReadingBatch.RawReading("U", "2026-11-28T08:00:00", "SO2", "10", "ppb")),
				Map.of("U", URUMQI_END), id -> true, NOW);
		assertThat(result.candidates()).extracting(c -> c.reading().value())
			.containsExactly(1.2, 0.1, 26.20286298568507);
	}

	@Test
	void aMissingUnitIsNotGuessed() {
		var result = validate(new ReadingBatch.RawReading("U", "2026-11-28T10:00:00", "CO", "1.2", null));
		assertThat(result.rejected()).singleElement().extracting(Rejection::code).isEqualTo("UNIT_NOT_CONVERTIBLE");
	}

	@Test
	void eachStationOfABatchIsJudgedOnceAndTheSameWayForAllItsReadings() {
		Station inactive = new Station("I", "Idle", "d", Station.StationKind.CITY, null, null, false, ZoneId.of("UTC"),
				Station.HourLabel.START);
		Station foreign = new Station("F", "Foreign", "d", Station.StationKind.CITY, null, null, true, ZoneId.of("UTC"),
				Station.HourLabel.START);
		List<ReadingBatch.RawReading> batch = new java.util.ArrayList<>();
		for (String station : List.of("U", "F", "I", "-x", "U", "F", "I", "-x")) {
			batch.add(new ReadingBatch.RawReading(station, "2026-11-27T0" + batch.size() + ":00:00Z", "PM10", "80",
					"ug/m3"));
		}
		var result = validator.validate(batch, Map.of("U", URUMQI_END, "F", foreign, "I", inactive),
				id -> !id.equals("F"), NOW);
		assertThat(result.candidates()).extracting(ReadingValidator.Candidate::index).containsExactly(0, 4);
		assertThat(result.rejected()).extracting(Rejection::index, Rejection::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, "FORBIDDEN_STATION"),
					org.assertj.core.groups.Tuple.tuple(2, "INACTIVE_STATION"),
					org.assertj.core.groups.Tuple.tuple(3, "BAD_STATION_ID"),
					org.assertj.core.groups.Tuple.tuple(5, "FORBIDDEN_STATION"),
					org.assertj.core.groups.Tuple.tuple(6, "INACTIVE_STATION"),
					org.assertj.core.groups.Tuple.tuple(7, "BAD_STATION_ID"));
	}

	@Test
	void everyReadingOfABatchHasItsOwnRandomEventIdAndTheBatchsTimeOfReceipt() {
		List<ReadingBatch.RawReading> batch = new java.util.ArrayList<>();
		for (int hour = 0; hour < 10; hour++) {
			batch.add(new ReadingBatch.RawReading("U", "2026-11-27T0" + hour + ":00:00Z", "PM10", "80", "ug/m3"));
		}
		var first = validator.validate(batch, Map.of("U", URUMQI_END), id -> true, NOW);
		var second = validator.validate(batch, Map.of("U", URUMQI_END), id -> true, NOW);
		List<java.util.UUID> ids = java.util.stream.Stream.of(first, second)
			.flatMap(v -> v.candidates().stream())
			.map(c -> c.reading().eventId())
			.toList();
		assertThat(ids).hasSize(20).doesNotHaveDuplicates().allSatisfy(id -> {
			assertThat(id.version()).isEqualTo(4);
			assertThat(id.variant()).isEqualTo(2);
		});
		assertThat(first.candidates()).allSatisfy(c -> assertThat(c.reading().receivedAt()).isEqualTo(NOW));
	}

	private ReadingValidator.Validation validate(ReadingBatch.RawReading reading) {
		return validator.validate(List.of(reading), Map.of("U", URUMQI_END), id -> true, NOW);
	}

}
