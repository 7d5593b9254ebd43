package io.cleanair.analytics.load;

import java.time.Instant;
import java.util.List;

/**
 * Where the bulk loader writes a synthetic hourly history, in one place: the tables and
 * columns of a day's rows, and how a day of a data set's stations is cleared before it is
 * written. One reading per station, pollutant and hour, starting on the hour: it is its
 * hour's value ({@code whole_hour}, no QC flags), as the consumer's store statement
 * stores it, and no averaged row ({@code hourly_mean}) is written for it.
 */
final class HistoryTables {

	/** {@code reading}'s columns the loader writes (the others keep their defaults). */
	static final String READING_COPY = "COPY reading (station_id, district_id, pollutant, time, value, revision,"
			+ " received_at, qc_mask, whole_hour) FROM STDIN";

	/**
	 * Whether the data set has rows on a day (parameters: stations, from, to, twice):
	 * cheap even in compressed chunks, whose batches' time ranges rule the day out.
	 */
	static final String ANY_ROW = "SELECT EXISTS (SELECT 1 FROM reading WHERE station_id = ANY (?::text[])"
			+ " AND time >= ? AND time < ?) OR EXISTS (SELECT 1 FROM hourly_mean WHERE station_id = ANY (?::text[])"
			+ " AND hour >= ? AND hour < ?)";

	/**
	 * What a day's load deletes first when it has rows, each with the parameters
	 * (stations, from, to): the data set's own rows of that day, so a day half-written by
	 * another path is replaced, never mixed.
	 */
	static final List<String> CLEAR_DAY = List.of(
			"DELETE FROM reading WHERE station_id = ANY (?::text[]) AND time >= ? AND time < ?",
			"DELETE FROM hourly_mean WHERE station_id = ANY (?::text[]) AND hour >= ? AND hour < ?");

	private HistoryTables() {
	}

	/** The statements of a day's rows, one per table, in the order they are copied. */
	static List<String> copies(CopyRows rows) {
		return List.of(READING_COPY + rows.options());
	}

	static int tables() {
		return 1;
	}

	/** Writes one hourly reading's rows, one into each table's rows. */
	static void write(CopyRows[] rows, String station, String district, String pollutant, Instant hour, double value) {
		rows[0].row(9)
			.text(station)
			.text(district)
			.text(pollutant)
			.timestamp(hour)
			.float8(value)
			.int4(0)
			.timestamp(hour.plusSeconds(3600))
			.int2(0)
			.bool(true)
			.endRow();
	}

}
