package io.cleanair.analytics.load;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.cleanair.analytics.AnalyticsIntegrationTest;
import io.cleanair.analytics.TestKeys;
import io.cleanair.analytics.config.AnalyticsProperties;
import io.cleanair.analytics.storage.StorageMode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The bulk path of the synthetic history ({@code COPY}, daily results from the values in
 * memory) stores exactly what the consumer's store statement stores for the same days:
 * the same readings, hourly values, station, district and city days; in either copy
 * format; skipping complete days and replacing a day that is not.
 */
@AnalyticsIntegrationTest
class BulkHistoryIT {

	static final String SET = "/api/v1/admin/synthetic-history?stations=6&districts=2&seed=11";

	static final String DAYS = "&from=2018-05-01&to=2018-05-03";

	static final String PREFIX = "syn11-6x2-";

	@Autowired
	WebTestClient anonymous;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AnalyticsProperties properties;

	@Autowired
	StorageMode storage;

	@Test
	void storesWhatTheStorePathStoresSkipsCompleteDaysAndReplacesAnIncompleteOne() {
		WebTestClient admin = TestKeys.asAdmin(anonymous);
		Map<String, Object> stored = post(admin, SET + DAYS);
		assertThat(stored).containsEntry("stationDays", 18).containsEntry("dailyResults", 18 + 6 + 3);
		Snapshot byStatement = snapshot();
		assertThat(byStatement.readings()).hasSize(3 * 6 * 24 * 6);
		assertThat(byStatement.hourly()).hasSize(3 * 6 * 24 * 6);
		assertThat(byStatement.days()).hasSize(18 + 6 + 3);

		for (String format : List.of("TEXT", "BINARY")) {
			clear();
			Map<String, Object> bulk = post(admin, SET + DAYS + "&bulk=true&format=" + format);
			assertThat(bulk).containsEntry("daysSkipped", 0)
				.containsEntry("stationDays", 18)
				.containsEntry("dailyResults", 18 + 6 + 3)
				.containsEntry("rows", 3 * 6 * 24 * 6);
			assertThat(snapshot()).as(format).isEqualTo(byStatement);
		}

		assertThat(post(admin, SET + DAYS + "&bulk=true")).containsEntry("daysSkipped", 3)
			.containsEntry("dailyResults", 0);

		// a day whose last district result is missing is not complete: loaded again over
		// its rows, which it replaces
		jdbc.sql("DELETE FROM daily_result WHERE scope = 'DISTRICT' AND scope_id = ? AND day = DATE '2018-05-02'")
			.param(PREFIX + "d1")
			.update();
		jdbc.sql("UPDATE reading SET value = value + 1 WHERE station_id = ? AND time >= ? AND time < ?")
			.params(PREFIX + "s0003",
					Timestamp.from(LocalDate.of(2018, 5, 2).atStartOfDay(properties.zone()).toInstant()),
					Timestamp.from(LocalDate.of(2018, 5, 3).atStartOfDay(properties.zone()).toInstant()))
			.update();
		assertThat(post(admin, SET + DAYS + "&bulk=true")).containsEntry("daysSkipped", 2)
			.containsEntry("stationDays", 0)
			.containsEntry("dailyResults", 1);
		assertThat(snapshot()).isEqualTo(byStatement);
		assertThat(post(admin, SET + DAYS)).containsEntry("stationDays", 0).containsEntry("dailyResults", 0);
	}

	@Test
	void reloadsADayWhoseChunkIsCompressed() {
		assumeThat(storage.timescale()).as("TimescaleDB run").isTrue();
		WebTestClient admin = TestKeys.asAdmin(anonymous);
		String set = "/api/v1/admin/synthetic-history?stations=1000&districts=10&seed=12&from=2017-03-01&to=2017-03-01";
		assertThat(post(admin, set + "&bulk=true")).containsEntry("stationDays", 1000);
		jdbc.sql("SELECT count(timescaledb.compress_chunk(c, if_not_compressed => true))"
				+ " FROM timescaledb.show_chunks('reading', older_than => DATE '2017-03-08', newer_than => DATE '2017-02-20') c")
			.query()
			.singleRow();
		jdbc.sql("DELETE FROM daily_result WHERE scope = 'DISTRICT' AND scope_id = 'syn12-1000x10-d9'").update();
		// the day's 144,000 readings are deleted from the compressed chunk and copied
		// again
		assertThat(post(admin, set + "&bulk=true")).containsEntry("daysSkipped", 0)
			.containsEntry("stationDays", 0)
			.containsEntry("dailyResults", 1);
		assertThat(jdbc.sql("SELECT count(*) FROM reading WHERE station_id LIKE 'syn12-1000x10-%'")
			.query(Integer.class)
			.single()).isEqualTo(144_000);
	}

	/** The data set's rows, as sorted text (the double values exactly). */
	record Snapshot(List<String> readings, List<String> hourly, List<String> days, List<String> stations) {
	}

	private Snapshot snapshot() {
		return new Snapshot(
				rows("""
						SELECT concat_ws('|', station_id, district_id, pollutant, time, float8send(value), revision, received_at,
						                 qc_flags) FROM reading WHERE station_id LIKE ? ORDER BY 1"""),
				rows("""
						SELECT concat_ws('|', station_id, pollutant, hour, float8send(value), samples, qc_mask, minutes_sampled)
						FROM hourly_value WHERE station_id LIKE ? ORDER BY 1"""),
				rows("""
						SELECT concat_ws('|', scope, scope_id, day, district_id, aqi, category, primary_pollutants, valid,
						                 rule_set, stations, float8send(pm2_5_24h), float8send(pm10_24h), float8send(so2_24h),
						                 float8send(no2_24h), float8send(co_24h), float8send(o3_1h), float8send(o3_8h),
						                 validity_policy, invalid_reason, excluded)
						FROM daily_result WHERE (scope_id LIKE ? OR scope = 'CITY') AND day BETWEEN '2018-05-01' AND '2018-05-03'
						ORDER BY 1"""),
				rows("SELECT concat_ws('|', station_id, district_id, last_reading_at) FROM station"
						+ " WHERE station_id LIKE ? ORDER BY 1"));
	}

	private List<String> rows(String sql) {
		return jdbc.sql(sql.replace("LIKE ?", "LIKE '" + PREFIX + "%'")).query(String.class).list();
	}

	/** Removes the data set's days as if never loaded (the stations stay registered). */
	private void clear() {
		jdbc.sql("DELETE FROM reading WHERE station_id LIKE ?").param(PREFIX + "%").update();
		jdbc.sql("DELETE FROM hourly_mean WHERE station_id LIKE ?").param(PREFIX + "%").update();
		jdbc.sql("DELETE FROM daily_result WHERE (scope_id LIKE ? OR scope = 'CITY')"
				+ " AND day BETWEEN '2018-05-01' AND '2018-05-03'")
			.param(PREFIX + "%")
			.update();
	}

	private static Map<String, Object> post(WebTestClient web, String uri) {
		return web.post()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
	}

}
