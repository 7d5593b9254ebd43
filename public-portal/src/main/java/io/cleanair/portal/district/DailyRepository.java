package io.cleanair.portal.district;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cleanair.core.event.DailyResultChanged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** District and city daily results, from {@code aq.daily-results.v1}. */
@Repository
public class DailyRepository {

	private static final TypeReference<Map<String, Double>> CONCENTRATIONS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	DailyRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Upsert; an older computation never replaces a newer one. */
	void store(DailyResultChanged d) {
		jdbc.sql("""
				INSERT INTO daily_result (scope, scope_id, day, aqi, category, primary_pollutants, valid, rule_set,
				                          concentrations, computed_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)
				ON CONFLICT (scope, scope_id, day) DO UPDATE SET aqi = EXCLUDED.aqi, category = EXCLUDED.category,
				  primary_pollutants = EXCLUDED.primary_pollutants, valid = EXCLUDED.valid,
				  rule_set = EXCLUDED.rule_set, concentrations = EXCLUDED.concentrations,
				  computed_at = EXCLUDED.computed_at
				WHERE daily_result.computed_at <= EXCLUDED.computed_at
				""")
			.params(d.scope(), d.scopeId(), Date.valueOf(d.day()), d.aqi(), d.category(),
					String.join(",", d.primaryPollutants() == null ? List.of() : d.primaryPollutants()), d.valid(),
					d.ruleSet(), json.writeValueAsString(d.concentrations() == null ? Map.of() : d.concentrations()),
					Timestamp.from(d.computedAt()))
			.update();
	}

	/** The days of one scope in [from, to], oldest first. */
	public List<Day> days(String scope, String id, LocalDate from, LocalDate to) {
		return jdbc
			.sql("SELECT scope_id, day, aqi, category, primary_pollutants, valid, rule_set, concentrations::text"
					+ " FROM daily_result WHERE scope = ? AND scope_id = ? AND day BETWEEN ? AND ? ORDER BY day")
			.params(scope, id, Date.valueOf(from), Date.valueOf(to))
			.query((rs, n) -> day(rs))
			.list();
	}

	/** Every district's days in [from, to], by district, oldest first. */
	public Map<String, List<Day>> districtDays(LocalDate from, LocalDate to) {
		Map<String, List<Day>> days = new LinkedHashMap<>();
		jdbc.sql("SELECT scope_id, day, aqi, category, primary_pollutants, valid, rule_set, concentrations::text"
				+ " FROM daily_result WHERE scope = 'DISTRICT' AND day BETWEEN ? AND ? ORDER BY scope_id, day")
			.params(Date.valueOf(from), Date.valueOf(to))
			.query((rs, n) -> day(rs))
			.list()
			.forEach(d -> days.computeIfAbsent(d.scopeId(), k -> new java.util.ArrayList<>()).add(d));
		return days;
	}

	private Day day(ResultSet rs) throws SQLException {
		String primary = rs.getString(5);
		return new Day(rs.getString(1), rs.getObject(2, LocalDate.class), (Integer) rs.getObject(3), rs.getString(4),
				primary.isEmpty() ? List.of() : List.of(primary.split(",")), rs.getBoolean(6), rs.getString(7),
				json.readValue(rs.getString(8), CONCENTRATIONS));
	}

	/**
	 * @param concentrations valid daily statistics by indicator name (PM2_5_24H, O3_8H,
	 * …)
	 */
	public record Day(String scopeId, LocalDate day, Integer aqi, String category, List<String> primaryPollutants,
			boolean valid, String ruleSet, Map<String, Double> concentrations) {
	}

}
