package io.cleanair.analytics.report;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cleanair.analytics.AnalyticsIntegrationTest;
import io.cleanair.analytics.Readings;
import io.cleanair.analytics.ReadingsFlowTest;
import io.cleanair.core.event.ReadingReceived;
import io.cleanair.core.event.StationChanged;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.ParameterizedTypeReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The reporting schema holds what the APIs answer, as the engine computed it: each
 * station's latest hourly AQI with its name, coordinates and district, the rankings of a
 * year to date (straddling the change of composite-index limits on 2026-03-01) and each
 * district's progress against its target.
 */
@AnalyticsIntegrationTest(ownContext = true)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportingIT extends ReadingsFlowTest {

	static final String[] DISTRICTS = { "r1", "r2", "r3", "r4" };

	static final LocalDate[] DAYS = { LocalDate.of(2026, 1, 20), LocalDate.of(2026, 2, 20), LocalDate.of(2026, 3, 20),
			LocalDate.of(2026, 4, 20) };

	@Autowired
	ReportingTables reporting;

	@Value("${aq.topics.stations}")
	String stationsTopic;

	@BeforeAll
	void load() {
		Instant now = Instant.now();
		for (int n = 1; n <= DISTRICTS.length; n++) {
			kafka.send(stationsTopic, "rs" + n,
					new StationChanged(UUID.randomUUID(), StationChanged.SCHEMA_VERSION, "rs" + n, "Station " + n,
							DISTRICTS[n - 1], "REFERENCE", 39.9 + n / 100.0, 116.4, true, false, now));
		}
		kafka.flush();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> jdbc.sql("SELECT count(*) FROM station WHERE name IS NOT NULL")
				.query(Integer.class)
				.single() == 4);
		List<ReadingReceived> readings = new ArrayList<>();
		for (int n = 1; n <= DISTRICTS.length; n++) {
			for (LocalDate day : DAYS) {
				readings.addAll(Readings.day("rs" + n, DISTRICTS[n - 1], day, 25 * n, 24));
			}
		}
		readings.forEach(r -> kafka.send(readingsTopic, r.stationId(), r));
		kafka.flush();
		await().atMost(Duration.ofSeconds(90))
			.until(() -> jdbc.sql("SELECT count(*) FROM daily_result WHERE scope = 'DISTRICT' AND valid")
				.query(Integer.class)
				.single() == 16);
		web.put()
			.uri("/api/v1/districts/r1")
			.bodyValue(Map.of("name", "District one", "cityId", "city"))
			.exchange()
			.expectStatus()
			.is2xxSuccessful();
		web.put()
			.uri("/api/v1/districts/r1/targets/2026")
			.bodyValue(Map.of("goodDayRate", new BigDecimal("80.0")))
			.exchange()
			.expectStatus()
			.is2xxSuccessful();
		reporting.refresh();
	}

	@Test
	void eachStationsLatestHourComesWithItsNameCoordinatesAndDistrict() {
		Map<String, Object> row = jdbc.sql("SELECT * FROM reporting.station_latest WHERE station_id = 'rs1'")
			.query()
			.singleRow();
		assertThat(row).containsEntry("name", "Station 1")
			.containsEntry("district_id", "r1")
			.containsEntry("district_name", "District one")
			.containsEntry("latitude", 39.91)
			.containsEntry("longitude", 116.4);
		assertThat(((java.sql.Timestamp) row.get("hour")).toInstant()).isEqualTo(Readings.hour(DAYS[3], 23));
		assertThat((Integer) row.get("aqi")).isPositive();
	}

	@Test
	void theRankingTableIsTheRankingsApiOfTheYearToDate() {
		Map<String, Object> api = web.get()
			.uri("/api/v1/rankings?year=2026")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> districts = (List<Map<String, Object>>) api.get("districts");
		List<Map<String, Object>> rows = jdbc
			.sql("SELECT district_id, rank_by_composite_index, composite_index, bottom_three, to_day"
					+ " FROM reporting.district_ranking WHERE year = 2026 ORDER BY ordinal")
			.query()
			.listOfRows();
		assertThat(rows).hasSize(4);
		for (int i = 0; i < rows.size(); i++) {
			assertThat(rows.get(i).get("district_id")).isEqualTo(districts.get(i).get("districtId"));
			assertThat(rows.get(i).get("rank_by_composite_index"))
				.isEqualTo(districts.get(i).get("rankByCompositeIndex"));
			assertThat(((BigDecimal) rows.get(i).get("composite_index")).doubleValue())
				.isEqualTo(((Number) districts.get(i).get("compositeIndex")).doubleValue());
			assertThat(rows.get(i).get("bottom_three")).isEqualTo(districts.get(i).get("bottomThree"));
			assertThat(rows.get(i).get("to_day").toString()).isEqualTo(api.get("to"));
		}
		assertThat(rows).filteredOn(r -> Boolean.TRUE.equals(r.get("bottom_three")))
			.extracting(r -> r.get("district_id"))
			.containsExactlyInAnyOrder("r2", "r3", "r4");
	}

	@Test
	void targetProgressIsTheGoodDaysApisWithTheEnginesStatus() {
		Map<String, Object> api = web.get()
			.uri("/api/v1/districts/r1/good-days?year=2026")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
		Map<String, Object> row = jdbc
			.sql("SELECT * FROM reporting.district_target_progress WHERE district_id = 'r1' AND year = 2026")
			.query()
			.singleRow();
		assertThat(row.get("status")).isEqualTo(api.get("status")).isNotNull();
		assertThat(row.get("good_days")).isEqualTo(api.get("goodDays"));
		assertThat(row.get("non_good_days_allowed")).isEqualTo(api.get("nonGoodDaysAllowed"));
		assertThat(row.get("as_of").toString()).isEqualTo(api.get("asOf"));
		assertThat(jdbc.sql("SELECT status FROM reporting.district_target_progress WHERE district_id = 'r2'")
			.query(String.class)
			.optional()).isEmpty();
	}

}
