package io.cleanair.core.event;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import io.cleanair.core.pollutant.ConcentrationUnit;
import io.cleanair.core.pollutant.Pollutant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CompactReadingCodecTests {

	private static final Instant TIME = Instant.parse("2026-11-28T09:00:00Z");

	private static final Instant RECEIVED = Instant.parse("2026-11-28T10:00:03.123456789Z");

	private static ReadingReceived reading(String station, String district, Pollutant p, double value,
			List<String> flags) {
		return new ReadingReceived(UUID.randomUUID(), ReadingReceived.SCHEMA_VERSION, station, district, TIME, p, value,
				p.canonicalUnit(), 3, RECEIVED, flags);
	}

	private static ReadingReceived roundTrip(ReadingReceived r) {
		byte[] bytes = CompactReadingCodec.encode(r);
		assertThat(bytes[0]).isEqualTo(CompactReadingCodec.VERSION);
		return CompactReadingCodec.decode(bytes);
	}

	@ParameterizedTest
	@EnumSource(Pollutant.class)
	void everyPollutantRoundTrips(Pollutant p) {
		ReadingReceived r = reading("1001A", "dongcheng", p, 42.25, List.of());
		assertThat(roundTrip(r)).isEqualTo(r);
	}

	@ParameterizedTest
	@EnumSource(ConcentrationUnit.class)
	void everyUnitRoundTrips(ConcentrationUnit unit) {
		ReadingReceived r = new ReadingReceived(UUID.randomUUID(), 1, "s", "d", TIME, Pollutant.CO, 1.5, unit, 0,
				RECEIVED, List.of());
		assertThat(roundTrip(r)).isEqualTo(r);
	}

	@Test
	void everyFieldRoundTripsExactly() {
		UUID id = UUID.fromString("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0");
		ReadingReceived r = new ReadingReceived(id, 7, "1001A", "xicheng", Instant.parse("1969-12-31T23:59:59.5Z"),
				Pollutant.O3, 123.456789, ConcentrationUnit.UG_M3, Integer.MAX_VALUE, RECEIVED,
				List.of("SPIKE", "STUCK", "sender:CAL"));
		ReadingReceived back = roundTrip(r);
		assertThat(back).isEqualTo(r);
		assertThat(back.eventId()).isEqualTo(id);
		assertThat(back.schemaVersion()).isEqualTo(7);
		assertThat(back.time()).isEqualTo(Instant.parse("1969-12-31T23:59:59.5Z"));
		assertThat(back.receivedAt().getNano()).isEqualTo(123_456_789);
		assertThat(back.revision()).isEqualTo(Integer.MAX_VALUE);
		assertThat(back.qcFlags()).containsExactly("SPIKE", "STUCK", "sender:CAL");
	}

	@Test
	void emptyFlagsAndEmptyStringsRoundTrip() {
		ReadingReceived r = reading("", "", Pollutant.PM10, 0, List.of());
		assertThat(roundTrip(r)).isEqualTo(r);
		ReadingReceived emptyFlag = reading("s", "d", Pollutant.PM10, 0, List.of(""));
		assertThat(roundTrip(emptyFlag).qcFlags()).containsExactly("");
	}

	@Test
	void nonAsciiFlagsAndIdsRoundTrip() {
		List<String> flags = List.of("sender:校准中", "sender:µg/m³ ≥ 0", "sender:🌫️ haze", "sender:Ünïcödé");
		ReadingReceived r = reading("站点-001", "东城区", Pollutant.PM2_5, 75, flags);
		assertThat(roundTrip(r)).isEqualTo(r);
	}

	@Test
	void longIdsAndManyFlagsRoundTrip() {
		String longId = "s".repeat(70_000);
		List<String> flags = java.util.stream.IntStream.range(0, 300).mapToObj(i -> "sender:" + i).toList();
		ReadingReceived r = reading(longId, "d".repeat(200), Pollutant.SO2, 9, flags);
		assertThat(roundTrip(r)).isEqualTo(r);
	}

	@ParameterizedTest
	@ValueSource(doubles = { -1.5, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
			Double.MIN_VALUE, Double.MAX_VALUE })
	void valuesTheConsumerRefusesStillRoundTrip(double value) {
		// the codec carries what it is given; analytics judges the value
		ReadingReceived r = reading("s", "d", Pollutant.NO2, value, List.of());
		ReadingReceived back = roundTrip(r);
		assertThat(Double.doubleToRawLongBits(back.value())).isEqualTo(Double.doubleToRawLongBits(value));
	}

	@Test
	void nullFieldsRoundTripAsNull() {
		ReadingReceived r = new ReadingReceived(null, 0, null, null, null, null, 1, null, 0, null, null);
		ReadingReceived back = roundTrip(r);
		assertThat(back).isEqualTo(r);
		assertThat(CompactReadingCodec.encode(r)).hasSize(1 + 1 + 4 + 8 + 4 + 1);
	}

	@Test
	void aTypicalEventIsCompact() {
		ReadingReceived r = reading("station-42", "district-3", Pollutant.PM2_5, 35, List.of());
		assertThat(CompactReadingCodec.encode(r)).hasSizeLessThan(90);
	}

	@Test
	void anUnknownVersionIsRefused() {
		byte[] bytes = CompactReadingCodec.encode(reading("s", "d", Pollutant.CO, 1, List.of()));
		bytes[0] = 3;
		assertThatThrownBy(() -> CompactReadingCodec.decode(bytes)).isInstanceOf(UnreadableReadingException.class)
			.hasMessageContaining("unknown encoding version 3");
	}

	@Test
	void jsonIsRefusedAsAnUnknownVersion() {
		byte[] json = "{\"eventId\":\"x\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		assertThatThrownBy(() -> CompactReadingCodec.decode(json)).isInstanceOf(UnreadableReadingException.class)
			.hasMessageContaining("unknown encoding version 123");
	}

	@Test
	void noBytesAreRefused() {
		assertThatThrownBy(() -> CompactReadingCodec.decode(new byte[0])).isInstanceOf(UnreadableReadingException.class)
			.hasMessageContaining("no bytes");
		assertThatThrownBy(() -> CompactReadingCodec.decode(null)).isInstanceOf(UnreadableReadingException.class);
	}

	@Test
	void everyTruncationIsRefused() {
		byte[] bytes = CompactReadingCodec
			.encode(reading("1001A", "东城区", Pollutant.PM10, 50, List.of("SPIKE", "sender:校准")));
		for (int length = 1; length < bytes.length; length++) {
			byte[] cut = Arrays.copyOf(bytes, length);
			assertThatThrownBy(() -> CompactReadingCodec.decode(cut)).as("%d of %d bytes", length, bytes.length)
				.isInstanceOf(UnreadableReadingException.class);
		}
	}

	@Test
	void bytesLeftOverAreRefused() {
		byte[] bytes = CompactReadingCodec.encode(reading("s", "d", Pollutant.CO, 1, List.of()));
		byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
		assertThatThrownBy(() -> CompactReadingCodec.decode(longer)).isInstanceOf(UnreadableReadingException.class)
			.hasMessageContaining("left over");
	}

	@Test
	void garbledFieldsAreRefused() {
		ReadingReceived r = new ReadingReceived(UUID.randomUUID(), 1, "s", "d", TIME, Pollutant.CO, 1,
				ConcentrationUnit.MG_M3, 0, RECEIVED, List.of("é"));
		byte[] bytes = CompactReadingCodec.encode(r);
		int pollutantAt = 1 + 1 + 16 + 4 + 2 + 2 + 12;
		assertThat(bytes[pollutantAt]).isEqualTo((byte) 5);

		byte[] badPollutant = bytes.clone();
		badPollutant[pollutantAt] = 9;
		assertThatThrownBy(() -> CompactReadingCodec.decode(badPollutant))
			.isInstanceOf(UnreadableReadingException.class)
			.hasMessageContaining("unknown pollutant code 9");

		byte[] badUnit = bytes.clone();
		badUnit[pollutantAt + 1 + 8] = 0;
		assertThatThrownBy(() -> CompactReadingCodec.decode(badUnit)).isInstanceOf(UnreadableReadingException.class)
			.hasMessageContaining("unknown unit code 0");

		byte[] badUtf8 = bytes.clone();
		badUtf8[bytes.length - 1] = (byte) 0xFF;
		assertThatThrownBy(() -> CompactReadingCodec.decode(badUtf8)).isInstanceOf(UnreadableReadingException.class)
			.hasMessageContaining("qcFlags is not UTF-8");

		byte[] badPresence = bytes.clone();
		badPresence[1] = (byte) 0xFF;
		assertThatThrownBy(() -> CompactReadingCodec.decode(badPresence)).isInstanceOf(UnreadableReadingException.class)
			.hasMessageContaining("presence");

		byte[] hugeLength = bytes.clone();
		hugeLength[1 + 1 + 16 + 4] = (byte) 0x7F;
		assertThatThrownBy(() -> CompactReadingCodec.decode(hugeLength)).isInstanceOf(UnreadableReadingException.class);
	}

	@Test
	void damagedBytesAreReadOrRefusedButNeverThrowAnythingElse() {
		java.util.Random random = new java.util.Random(42);
		byte[] good = CompactReadingCodec.encode(reading("1001A", "dongcheng", Pollutant.O3, 80, List.of("SPIKE")));
		for (int i = 0; i < 20_000; i++) {
			byte[] garbled = good.clone();
			garbled[random.nextInt(garbled.length)] ^= (byte) (1 + random.nextInt(255));
			try {
				CompactReadingCodec.decode(garbled);
			}
			catch (UnreadableReadingException expected) {
				// refused with a reason; a changed bit in a fixed-width field reads as
				// another value
			}
		}
	}

	@Test
	void aLoneSurrogateIsRefusedRatherThanChanged() {
		ReadingReceived r = reading("s", "d", Pollutant.CO, 1, List.of("sender:\uD800"));
		assertThatIllegalArgumentException().isThrownBy(() -> CompactReadingCodec.encode(r))
			.withMessageContaining("lone surrogate");
	}

}
