package io.cleanair.portal.hour;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cleanair.core.event.StationHourComputed;
import io.cleanair.core.pollutant.Pollutant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stations' hourly reports, from {@code aq.station-hours.v1}. */
@Repository
public class HourRepository {

	private static final String COLUMNS = "station_id, hour_start, district_id, day, hour_label, aqi, category,"
			+ " primary_pollutants, pm2_5, pm10, so2, no2, co, o3, rule_set, complete";

	private final JdbcClient jdbc;

	HourRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One statement for the batch; idempotent, and an older computation never replaces a
	 * newer one.
	 */
	void store(List<StationHourComputed> hours) {
		int n = hours.size();
		Object[][] columns = new Object[17][n];
		for (int i = 0; i < n; i++) {
			StationHourComputed h = hours.get(i);
			Object[] row = { h.stationId(), h.hourStart().toString(), h.districtId(), h.day().toString(), h.hourLabel(),
					h.aqi(), h.category(), String.join(",", h.primaryPollutants()), conc(h, Pollutant.PM2_5),
					conc(h, Pollutant.PM10), conc(h, Pollutant.SO2), conc(h, Pollutant.NO2), conc(h, Pollutant.CO),
					conc(h, Pollutant.O3), h.ruleSet(), h.complete(), h.computedAt().toString() };
			for (int c = 0; c < row.length; c++) {
				columns[c][i] = row[c];
			}
		}
		jdbc.sql("""
				INSERT INTO station_hour (%s, computed_at)
				SELECT DISTINCT ON (station_id, hour_start) * FROM unnest(?::text[], ?::timestamptz[], ?::text[],
				    ?::date[], ?::int[], ?::int[], ?::text[], ?::text[], ?::float8[], ?::float8[], ?::float8[],
				    ?::float8[], ?::float8[], ?::float8[], ?::text[], ?::boolean[], ?::timestamptz[])
				    AS t(station_id, hour_start, district_id, day, hour_label, aqi, category, primary_pollutants,
				         pm2_5, pm10, so2, no2, co, o3, rule_set, complete, computed_at)
				ORDER BY station_id, hour_start, computed_at DESC
				ON CONFLICT (station_id, hour_start) DO UPDATE SET district_id = EXCLUDED.district_id,
				  aqi = EXCLUDED.aqi, category = EXCLUDED.category, primary_pollutants = EXCLUDED.primary_pollutants,
				  pm2_5 = EXCLUDED.pm2_5, pm10 = EXCLUDED.pm10, so2 = EXCLUDED.so2, no2 = EXCLUDED.no2,
				  co = EXCLUDED.co, o3 = EXCLUDED.o3, rule_set = EXCLUDED.rule_set, complete = EXCLUDED.complete,
				  computed_at = EXCLUDED.computed_at
				WHERE station_hour.computed_at <= EXCLUDED.computed_at
				""".formatted(COLUMNS))
			.params(Arrays.asList(strings(columns[0]), strings(columns[1]), strings(columns[2]), strings(columns[3]),
					integers(columns[4]), integers(columns[5]), strings(columns[6]), strings(columns[7]),
					doubles(columns[8]), doubles(columns[9]), doubles(columns[10]), doubles(columns[11]),
					doubles(columns[12]), doubles(columns[13]), strings(columns[14]), booleans(columns[15]),
					strings(columns[16])))
			.update();
	}

	/** Each station's latest hour with a report. */
	public List<Hour> latest() {
		return jdbc
			.sql("SELECT DISTINCT ON (station_id) " + COLUMNS
					+ " FROM station_hour ORDER BY station_id, hour_start DESC")
			.query((rs, n) -> hour(rs))
			.list();
	}

	/** One station's hours in [from, to), oldest first. */
	public List<Hour> series(String stationId, Instant from, Instant to) {
		return jdbc
			.sql("SELECT " + COLUMNS + " FROM station_hour WHERE station_id = ? AND hour_start >= ?"
					+ " AND hour_start < ? ORDER BY hour_start")
			.params(stationId, Timestamp.from(from), Timestamp.from(to))
			.query((rs, n) -> hour(rs))
			.list();
	}

	/** Every station's hours in [from, to), by station, oldest first. */
	public Map<String, List<Hour>> allSeries(Instant from, Instant to) {
		Map<String, List<Hour>> series = new LinkedHashMap<>();
		jdbc.sql("SELECT " + COLUMNS + " FROM station_hour WHERE hour_start >= ? AND hour_start < ?"
				+ " ORDER BY station_id, hour_start")
			.params(Timestamp.from(from), Timestamp.from(to))
			.query((rs, n) -> hour(rs))
			.list()
			.forEach(h -> series.computeIfAbsent(h.stationId(), k -> new java.util.ArrayList<>()).add(h));
		return series;
	}

	int deleteBefore(Instant cutoff) {
		return jdbc.sql("DELETE FROM station_hour WHERE hour_start < ?").param(Timestamp.from(cutoff)).update();
	}

	private static Hour hour(ResultSet rs) throws SQLException {
		Map<Pollutant, Double> c = new LinkedHashMap<>();
		Pollutant[] order = { Pollutant.PM2_5, Pollutant.PM10, Pollutant.SO2, Pollutant.NO2, Pollutant.CO,
				Pollutant.O3 };
		for (int i = 0; i < order.length; i++) {
			Object v = rs.getObject(9 + i);
			if (v != null) {
				c.put(order[i], ((Number) v).doubleValue());
			}
		}
		String primary = rs.getString(8);
		return new Hour(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
				rs.getObject(4, LocalDate.class), rs.getInt(5), (Integer) rs.getObject(6), rs.getString(7),
				primary.isEmpty() ? List.of() : List.of(primary.split(",")), c, rs.getString(15), rs.getBoolean(16));
	}

	private static Double conc(StationHourComputed h, Pollutant p) {
		return h.concentrations().get(p.name());
	}

	private static String[] strings(Object[] values) {
		return Arrays.stream(values).map(v -> v == null ? null : v.toString()).toArray(String[]::new);
	}

	private static Integer[] integers(Object[] values) {
		return Arrays.stream(values).map(v -> (Integer) v).toArray(Integer[]::new);
	}

	private static Double[] doubles(Object[] values) {
		return Arrays.stream(values).map(v -> (Double) v).toArray(Double[]::new);
	}

	private static Boolean[] booleans(Object[] values) {
		return Arrays.stream(values).map(v -> (Boolean) v).toArray(Boolean[]::new);
	}

	/**
	 * @param hourStart start of the hour (the report labelled {@code hourLabel} covers
	 * [hourStart, +1 h))
	 * @param category ChinaCategory name, or null when the AQI is NA
	 */
	public record Hour(String stationId, Instant hourStart, String districtId, LocalDate day, int hourLabel,
			Integer aqi, String category, List<String> primaryPollutants, Map<Pollutant, Double> concentrations,
			String ruleSet, boolean complete) {
	}

}
