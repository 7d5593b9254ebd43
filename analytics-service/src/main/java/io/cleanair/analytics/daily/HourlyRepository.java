package io.cleanair.analytics.daily;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import io.cleanair.core.pollutant.Pollutant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Hourly values: the mean of a station's readings whose period starts within the hour
 * (written with the readings, see {@code ReadingRepository}).
 */
@Repository
public class HourlyRepository {

	/**
	 * Every pollutant's name, for lookups of all pollutants' hours: the primary key is
	 * (station, pollutant, hour), so those are six index ranges, one per pollutant.
	 */
	public static final String[] POLLUTANTS = Arrays.stream(Pollutant.values()).map(Enum::name).toArray(String[]::new);

	private final JdbcClient jdbc;

	HourlyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The hourly values of the given stations in their [from, to) ranges (parallel
	 * lists): index ranges per station ({@code LATERAL … OFFSET 0}, see
	 * {@code ReadingRepository}), never a scan of the table.
	 */
	public List<HourlyValue> find(List<String> stations, List<Instant> from, List<Instant> to) {
		return jdbc.sql("""
				SELECT h.station_id, h.pollutant, h.hour, h.value, h.qc_mask, h.minutes_sampled
				FROM unnest(?::text[], ?::timestamptz[], ?::timestamptz[]) AS t(station_id, from_hour, to_hour)
				CROSS JOIN LATERAL (SELECT h.station_id, h.pollutant, h.hour, h.value, h.qc_mask, h.minutes_sampled
				                    FROM hourly_value h
				                    WHERE h.station_id = t.station_id AND h.pollutant = ANY (?::text[])
				                      AND h.hour >= t.from_hour AND h.hour < t.to_hour OFFSET 0) h
				""")
			.params(stations.toArray(String[]::new), from.stream().map(Instant::toString).toArray(String[]::new),
					to.stream().map(Instant::toString).toArray(String[]::new), POLLUTANTS)
			.query((rs, n) -> new HourlyValue(rs.getString(1), Pollutant.valueOf(rs.getString(2)),
					rs.getTimestamp(3).toInstant(), rs.getDouble(4), rs.getInt(5), rs.getInt(6)))
			.list();
	}

	/**
	 * @param qcMask the QC flags of the hour's readings ({@code QcFlag.mask}), 0 when
	 * none
	 * @param minutesSampled how many minutes of the hour its readings sampled (GB 3095
	 * Table 4 asks 45)
	 */
	public record HourlyValue(String stationId, Pollutant pollutant, Instant hour, double value, int qcMask,
			int minutesSampled) {
	}

}
