package io.cleanair.analytics.load;

import java.util.List;
import java.util.Map;

import io.cleanair.analytics.AnalyticsIntegrationTest;
import io.cleanair.analytics.TestKeys;
import io.cleanair.core.aqi.ChinaCategory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The synthetic-history loader stores hourly readings through analytics' own storage
 * path: station, district and city days assessed by aq-core, a repeat changing nothing,
 * the load's state readable, admin only.
 */
@AnalyticsIntegrationTest
class SyntheticHistoryIT {

	static final String SET = "/api/v1/admin/synthetic-history?stations=4&districts=2&seed=7";

	static final String MARCH = "&from=2025-03-01&to=2025-03-03";

	@Autowired
	WebTestClient anonymous;

	@Test
	void loadsDaysOnceThroughTheStoragePathAndTellsItsState() {
		WebTestClient admin = TestKeys.asAdmin(anonymous);
		Map<String, Object> state = get(admin, SET + MARCH);
		assertThat(state).containsEntry("prefix", "syn7-4x2").containsEntry("days", 3).containsEntry("daysLoaded", 0);

		Map<String, Object> first = post(admin, SET + MARCH);
		// 4 stations x 3 days, 2 districts x 3 days, the city's 3 days
		assertThat(first).containsEntry("days", 3).containsEntry("stationDays", 12).containsEntry("dailyResults", 21);
		assertThat(post(admin, SET + MARCH)).containsEntry("stationDays", 0).containsEntry("dailyResults", 0);
		assertThat(get(admin, SET + MARCH)).containsEntry("daysLoaded", 3);
		assertThat(get(admin, SET + "&from=2025-03-01&to=2025-03-31")).containsEntry("days", 31)
			.containsEntry("daysLoaded", 3);

		List<Map<String, Object>> stationDays = days(admin, "station", "syn7-4x2-s0001");
		assertThat(stationDays).hasSize(3);
		for (Map<String, Object> day : stationDays) {
			assertThat(day).containsEntry("valid", true);
			int aqi = (Integer) day.get("aqi");
			assertThat(day.get("category")).isEqualTo(ChinaCategory.of(aqi).name());
		}
		List<Map<String, Object>> districtDays = days(admin, "district", "syn7-4x2-d1");
		assertThat(districtDays).hasSize(3).allSatisfy(d -> assertThat(d).containsEntry("stations", 2));
		admin.get()
			.uri("/api/v1/stations/syn7-4x2-s0001/readings?from=2025-02-28T16:00:00Z&to=2025-03-01T16:00:00Z")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(24 * 6);
	}

	@Test
	void asksForTheAdminAndForChunksOfAMonthAtMost() {
		anonymous.post().uri(SET + MARCH).exchange().expectStatus().isUnauthorized();
		anonymous.get().uri(SET + MARCH).exchange().expectStatus().isUnauthorized();
		TestKeys.asAdmin(anonymous)
			.post()
			.uri(SET + "&from=2025-01-01&to=2025-02-28")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://cleanair.io/problems/bad-parameter")
			.jsonPath("$.detail")
			.value(detail -> assertThat((String) detail).contains("31 days"));
		TestKeys.asAdmin(anonymous)
			.post()
			.uri("/api/v1/admin/synthetic-history?stations=0&districts=2&seed=7" + MARCH)
			.exchange()
			.expectStatus()
			.isBadRequest();
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

	private static Map<String, Object> get(WebTestClient web, String uri) {
		return web.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> days(WebTestClient web, String scope, String id) {
		Map<String, Object> page = get(web, "/api/v1/daily?scope=" + scope + "&id=" + id + MARCH);
		return (List<Map<String, Object>>) page.get("items");
	}

}
