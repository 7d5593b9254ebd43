package io.cleanair.core.event;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.cleanair.core.pollutant.ConcentrationUnit;
import io.cleanair.core.pollutant.Pollutant;

/**
 * The compact binary encoding of a {@link ReadingReceived}, as published on
 * {@code aq.readings.v2} and {@code aq.readings-backfill.v2} (the {@code .v1} topics
 * carry the same event in JSON). Every field round-trips exactly, nulls included;
 * big-endian:
 *
 * <pre>
 * bytes        field
 * 1            encoding version: {@value #VERSION}
 * 1            presence: bit 0 eventId, 1 stationId, 2 districtId, 3 time, 4 pollutant,
 *              5 unit, 6 receivedAt; a field whose bit is clear is null and takes no
 *              bytes; bit 7 is always clear
 * 16           eventId: most, then least significant 64 bits
 * 4            schemaVersion (int32)
 * varint + n   stationId: its UTF-8 byte count n (unsigned LEB128), then the bytes
 * varint + n   districtId
 * 8 + 4        time: epoch seconds (int64), nanoseconds of the second (int32)
 * 1            pollutant: its code (PM2_5 1, PM10 2, SO2 3, NO2 4, CO 5, O3 6)
 * 8            value: the IEEE 754 bits of the double (NaN, infinities and -0.0 as they are)
 * 1            unit: its code (UG_M3 1, MG_M3 2, PPB 3, PPM 4)
 * 4            revision (int32)
 * 8 + 4        receivedAt: as time
 * varint       the number of QC flags, then each flag as varint + UTF-8 bytes
 * </pre>
 *
 * The codes of pollutants and units are this encoding's own, not the enums' ordinals, so
 * that reordering an enum cannot change what stored bytes mean; a constant added to
 * either enum fails to compile here until it is given a code. A new layout takes a new
 * version byte; a reader refuses versions it does not know. Strings must be well-formed
 * Unicode (a lone surrogate cannot be written as UTF-8, and is refused rather than
 * changed). There is no checksum of its own: Kafka's record CRC guards the bytes in
 * transit, and a changed bit in a fixed-width field reads as another value. Plain Java,
 * thread-safe.
 */
public final class CompactReadingCodec {

	/** The encoding version this codec writes and reads, the first byte of each event. */
	public static final byte VERSION = 2;

	private static final int EVENT_ID = 1;

	private static final int STATION_ID = 1 << 1;

	private static final int DISTRICT_ID = 1 << 2;

	private static final int TIME = 1 << 3;

	private static final int POLLUTANT = 1 << 4;

	private static final int UNIT = 1 << 5;

	private static final int RECEIVED_AT = 1 << 6;

	private CompactReadingCodec() {
	}

	/**
	 * The event's bytes.
	 * @throws IllegalArgumentException if a string is not well-formed Unicode
	 */
	public static byte[] encode(ReadingReceived event) {
		byte[] station = utf8(event.stationId(), "stationId");
		byte[] district = utf8(event.districtId(), "districtId");
		List<String> flags = event.qcFlags();
		byte[][] flagBytes = new byte[flags.size()][];
		int size = 1 + 1 + 4 + 8 + 4 + varintSize(flags.size());
		for (int i = 0; i < flagBytes.length; i++) {
			flagBytes[i] = utf8(flags.get(i), "qcFlags");
			size += varintSize(flagBytes[i].length) + flagBytes[i].length;
		}
		int presence = 0;
		if (event.eventId() != null) {
			presence |= EVENT_ID;
			size += 16;
		}
		if (station != null) {
			presence |= STATION_ID;
			size += varintSize(station.length) + station.length;
		}
		if (district != null) {
			presence |= DISTRICT_ID;
			size += varintSize(district.length) + district.length;
		}
		if (event.time() != null) {
			presence |= TIME;
			size += 12;
		}
		if (event.pollutant() != null) {
			presence |= POLLUTANT;
			size += 1;
		}
		if (event.unit() != null) {
			presence |= UNIT;
			size += 1;
		}
		if (event.receivedAt() != null) {
			presence |= RECEIVED_AT;
			size += 12;
		}
		ByteBuffer b = ByteBuffer.allocate(size);
		b.put(VERSION).put((byte) presence);
		if (event.eventId() != null) {
			b.putLong(event.eventId().getMostSignificantBits()).putLong(event.eventId().getLeastSignificantBits());
		}
		b.putInt(event.schemaVersion());
		putBytes(b, station);
		putBytes(b, district);
		putInstant(b, event.time());
		if (event.pollutant() != null) {
			b.put(code(event.pollutant()));
		}
		b.putLong(Double.doubleToRawLongBits(event.value()));
		if (event.unit() != null) {
			b.put(code(event.unit()));
		}
		b.putInt(event.revision());
		putInstant(b, event.receivedAt());
		putVarint(b, flagBytes.length);
		for (byte[] flag : flagBytes) {
			putBytes(b, flag);
		}
		return b.array();
	}

	/**
	 * The event these bytes hold.
	 * @throws UnreadableReadingException if they are not an event in this encoding: an
	 * unknown version, too few or too many bytes, or a field that cannot be read
	 */
	public static ReadingReceived decode(byte[] bytes) {
		if (bytes == null || bytes.length == 0) {
			throw new UnreadableReadingException("unreadable reading: no bytes");
		}
		if (bytes[0] != VERSION) {
			throw new UnreadableReadingException("unreadable reading: unknown encoding version " + (bytes[0] & 0xFF)
					+ " (this reader knows " + VERSION + ")");
		}
		ByteBuffer b = ByteBuffer.wrap(bytes);
		b.get();
		try {
			int presence = b.get() & 0xFF;
			if ((presence & 0x80) != 0) {
				throw new UnreadableReadingException("unreadable reading: unknown presence bits " + presence);
			}
			UUID eventId = (presence & EVENT_ID) != 0 ? new UUID(b.getLong(), b.getLong()) : null;
			int schemaVersion = b.getInt();
			String station = (presence & STATION_ID) != 0 ? string(b, "stationId") : null;
			String district = (presence & DISTRICT_ID) != 0 ? string(b, "districtId") : null;
			Instant time = (presence & TIME) != 0 ? instant(b, "time") : null;
			Pollutant pollutant = (presence & POLLUTANT) != 0 ? pollutant(b.get()) : null;
			double value = Double.longBitsToDouble(b.getLong());
			ConcentrationUnit unit = (presence & UNIT) != 0 ? unit(b.get()) : null;
			int revision = b.getInt();
			Instant receivedAt = (presence & RECEIVED_AT) != 0 ? instant(b, "receivedAt") : null;
			int flagCount = varint(b);
			if (flagCount > b.remaining()) {
				throw truncated(bytes);
			}
			List<String> flags = new ArrayList<>(flagCount);
			for (int i = 0; i < flagCount; i++) {
				flags.add(string(b, "qcFlags"));
			}
			if (b.hasRemaining()) {
				throw new UnreadableReadingException("unreadable reading: " + b.remaining()
						+ " bytes left over after the event (" + bytes.length + " bytes)");
			}
			return new ReadingReceived(eventId, schemaVersion, station, district, time, pollutant, value, unit,
					revision, receivedAt, flags);
		}
		catch (BufferUnderflowException e) {
			throw truncated(bytes);
		}
	}

	private static UnreadableReadingException truncated(byte[] bytes) {
		return new UnreadableReadingException("unreadable reading: truncated (" + bytes.length + " bytes)");
	}

	private static byte code(Pollutant p) {
		return switch (p) {
			case PM2_5 -> 1;
			case PM10 -> 2;
			case SO2 -> 3;
			case NO2 -> 4;
			case CO -> 5;
			case O3 -> 6;
		};
	}

	private static Pollutant pollutant(byte code) {
		return switch (code) {
			case 1 -> Pollutant.PM2_5;
			case 2 -> Pollutant.PM10;
			case 3 -> Pollutant.SO2;
			case 4 -> Pollutant.NO2;
			case 5 -> Pollutant.CO;
			case 6 -> Pollutant.O3;
			default -> throw new UnreadableReadingException("unreadable reading: unknown pollutant code " + code);
		};
	}

	private static byte code(ConcentrationUnit u) {
		return switch (u) {
			case UG_M3 -> 1;
			case MG_M3 -> 2;
			case PPB -> 3;
			case PPM -> 4;
		};
	}

	private static ConcentrationUnit unit(byte code) {
		return switch (code) {
			case 1 -> ConcentrationUnit.UG_M3;
			case 2 -> ConcentrationUnit.MG_M3;
			case 3 -> ConcentrationUnit.PPB;
			case 4 -> ConcentrationUnit.PPM;
			default -> throw new UnreadableReadingException("unreadable reading: unknown unit code " + code);
		};
	}

	private static void putInstant(ByteBuffer b, Instant t) {
		if (t != null) {
			b.putLong(t.getEpochSecond()).putInt(t.getNano());
		}
	}

	private static Instant instant(ByteBuffer b, String field) {
		long seconds = b.getLong();
		int nanos = b.getInt();
		if (nanos < 0 || nanos > 999_999_999) {
			throw new UnreadableReadingException("unreadable reading: " + field + " has " + nanos + " nanoseconds");
		}
		try {
			return Instant.ofEpochSecond(seconds, nanos);
		}
		catch (DateTimeException e) {
			throw new UnreadableReadingException("unreadable reading: " + field + " out of range", e);
		}
	}

	/** UTF-8, refusing a lone surrogate (which {@link String#getBytes} would replace). */
	private static byte[] utf8(String s, String field) {
		if (s == null) {
			return null;
		}
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
				i++;
			}
			else if (Character.isSurrogate(c)) {
				throw new IllegalArgumentException(field + " is not well-formed Unicode: a lone surrogate at " + i);
			}
		}
		return s.getBytes(StandardCharsets.UTF_8);
	}

	private static void putBytes(ByteBuffer b, byte[] bytes) {
		if (bytes != null) {
			putVarint(b, bytes.length);
			b.put(bytes);
		}
	}

	/** Strict: malformed UTF-8 is unreadable, not replaced. */
	private static String string(ByteBuffer b, String field) {
		int length = varint(b);
		if (length > b.remaining()) {
			throw new BufferUnderflowException();
		}
		int start = b.position();
		byte[] array = b.array();
		b.position(start + length);
		boolean ascii = true;
		for (int i = start; i < start + length && ascii; i++) {
			ascii = array[i] >= 0;
		}
		if (ascii) {
			return new String(array, start, length, StandardCharsets.ISO_8859_1);
		}
		try {
			CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(array, start, length));
			return chars.toString();
		}
		catch (CharacterCodingException e) {
			throw new UnreadableReadingException("unreadable reading: " + field + " is not UTF-8", e);
		}
	}

	private static int varintSize(int value) {
		int size = 1;
		while ((value >>>= 7) != 0) {
			size++;
		}
		return size;
	}

	private static void putVarint(ByteBuffer b, int value) {
		while ((value & ~0x7F) != 0) {
			b.put((byte) ((value & 0x7F) | 0x80));
			value >>>= 7;
		}
		b.put((byte) value);
	}

	/** An unsigned LEB128 of at most five bytes that fits a non-negative int. */
	private static int varint(ByteBuffer b) {
		int value = 0;
		for (int shift = 0; shift < 35; shift += 7) {
			byte next = b.get();
			value |= (next & 0x7F) << shift;
			if (next >= 0) {
				if (value < 0 || (shift == 28 && (next & 0x70) != 0)) {
					break;
				}
				return value;
			}
		}
		throw new UnreadableReadingException("unreadable reading: a length is out of range");
	}

}
