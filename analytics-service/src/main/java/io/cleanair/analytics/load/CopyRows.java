package io.cleanair.analytics.load;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Rows for PostgreSQL's {@code COPY … FROM STDIN}, written field by field into memory in
 * one of its two formats (text is what {@code COPY} reads by default; binary saves the
 * server the parsing of numbers and times).
 */
abstract sealed class CopyRows permits CopyRows.Text, CopyRows.Binary {

	final ByteArrayOutputStream out;

	private int rows;

	CopyRows(int expectedBytes) {
		this.out = new ByteArrayOutputStream(expectedBytes);
	}

	static CopyRows of(Format format, int expectedRows) {
		return format == Format.BINARY ? new Binary(expectedRows * 96) : new Text(expectedRows * 80);
	}

	/** The {@code WITH} options of the {@code COPY} statement that reads these rows. */
	abstract String options();

	abstract CopyRows row(int fields);

	abstract CopyRows text(String value);

	abstract CopyRows timestamp(Instant value);

	abstract CopyRows float8(double value);

	abstract CopyRows int4(int value);

	abstract CopyRows int2(int value);

	abstract CopyRows bool(boolean value);

	abstract CopyRows nul();

	abstract void endRow();

	/** The rows written, ready for {@code COPY}. */
	abstract byte[] bytes();

	int rows() {
		return rows;
	}

	void counted() {
		rows++;
	}

	enum Format {

		TEXT, BINARY

	}

	/**
	 * Tab-separated, {@code \N} for null; the loader's values need no escaping but text.
	 */
	static final class Text extends CopyRows {

		private boolean first = true;

		Text(int expectedBytes) {
			super(expectedBytes);
		}

		@Override
		String options() {
			return "";
		}

		@Override
		CopyRows row(int fields) {
			first = true;
			return this;
		}

		private CopyRows field(String s) {
			if (!first) {
				out.write('\t');
			}
			first = false;
			out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
			return this;
		}

		@Override
		CopyRows text(String value) {
			StringBuilder escaped = null;
			for (int i = 0; i < value.length(); i++) {
				char c = value.charAt(i);
				if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
					if (escaped == null) {
						escaped = new StringBuilder(value.substring(0, i));
					}
					escaped.append('\\').append(c == '\t' ? 't' : c == '\n' ? 'n' : c == '\r' ? 'r' : '\\');
				}
				else if (escaped != null) {
					escaped.append(c);
				}
			}
			return field(escaped == null ? value : escaped.toString());
		}

		@Override
		CopyRows timestamp(Instant value) {
			return field(value.toString());
		}

		@Override
		CopyRows float8(double value) {
			// Java's shortest representation reads back as the same double in PostgreSQL
			return field(Double.toString(value));
		}

		@Override
		CopyRows int4(int value) {
			return field(Integer.toString(value));
		}

		@Override
		CopyRows int2(int value) {
			return field(Integer.toString(value));
		}

		@Override
		CopyRows bool(boolean value) {
			return field(value ? "t" : "f");
		}

		@Override
		CopyRows nul() {
			return field("\\N");
		}

		@Override
		void endRow() {
			out.write('\n');
			counted();
		}

		@Override
		byte[] bytes() {
			return out.toByteArray();
		}

	}

	/** PostgreSQL's binary copy format: a header, length-prefixed fields, a trailer. */
	static final class Binary extends CopyRows {

		/** 2000-01-01T00:00:00Z, PostgreSQL's epoch, in microseconds since 1970. */
		private static final long PG_EPOCH_MICROS = 946_684_800_000_000L;

		Binary(int expectedBytes) {
			super(expectedBytes);
			out.writeBytes("PGCOPY\n\377\r\n\0".getBytes(StandardCharsets.ISO_8859_1));
			writeInt(0);
			writeInt(0);
		}

		@Override
		String options() {
			return " WITH (FORMAT binary)";
		}

		@Override
		CopyRows row(int fields) {
			writeShort(fields);
			return this;
		}

		@Override
		CopyRows text(String value) {
			byte[] b = value.getBytes(StandardCharsets.UTF_8);
			writeInt(b.length);
			out.writeBytes(b);
			return this;
		}

		@Override
		CopyRows timestamp(Instant value) {
			writeInt(8);
			writeLong(value.getEpochSecond() * 1_000_000L + value.getNano() / 1000 - PG_EPOCH_MICROS);
			return this;
		}

		@Override
		CopyRows float8(double value) {
			writeInt(8);
			writeLong(Double.doubleToLongBits(value));
			return this;
		}

		@Override
		CopyRows int4(int value) {
			writeInt(4);
			writeInt(value);
			return this;
		}

		@Override
		CopyRows int2(int value) {
			writeInt(2);
			writeShort(value);
			return this;
		}

		@Override
		CopyRows bool(boolean value) {
			writeInt(1);
			out.write(value ? 1 : 0);
			return this;
		}

		@Override
		CopyRows nul() {
			writeInt(-1);
			return this;
		}

		@Override
		void endRow() {
			counted();
		}

		@Override
		byte[] bytes() {
			ByteArrayOutputStream copy = new ByteArrayOutputStream(out.size() + 2);
			copy.writeBytes(out.toByteArray());
			copy.write(0xFF);
			copy.write(0xFF);
			return copy.toByteArray();
		}

		private void writeShort(int v) {
			out.write(v >>> 8);
			out.write(v);
		}

		private void writeInt(int v) {
			writeShort(v >>> 16);
			writeShort(v);
		}

		private void writeLong(long v) {
			writeInt((int) (v >>> 32));
			writeInt((int) v);
		}

	}

}
