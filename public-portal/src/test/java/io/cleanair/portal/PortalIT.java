package io.cleanair.portal;

import java.time.Duration;

import io.cleanair.testsupport.IsolatedInfrastructure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Events on the real topics become the page and the open API: latest station AQI by
 * category, districts with targets and ranks, series, CSV, ETag and 304, CORS, problems
 * for bad parameters, the OpenAPI document.
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalIT {

	@Autowired
	IsolatedInfrastructure infrastructure;

	@Autowired
	WebTestClient web;

	@BeforeAll
	void publish() {
		try (Events events = new Events(infrastructure.suffix())) {
			DemoData.publish(events);
		}
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(body("/api/public/v1/stations")).contains("\"id\":\"wanliu\"",
					"HEAVILY_POLLUTED", "LIGHTLY_POLLUTED", "EXCELLENT"));
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(body("/api/public/v1/districts")).contains("\"name\":\"海淀区\"",
					"\"targetGoodDayRate\":75.5", "\"monthRank\":{\"rank\":1"));
	}

	@Test
	void stationsCarryTheirLatestHourlyAqiCategoryAndRuleSet() {
		web.get()
			.uri("/api/public/v1/stations")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.expectBody()
			.jsonPath("$.total")
			.isEqualTo(3)
			.jsonPath("$.meta.ruleSetInForce")
			.isEqualTo("hj633-2026")
			.jsonPath("$.items[?(@.id=='tiantan')].category.nameEn")
			.isEqualTo("Lightly polluted")
			.jsonPath("$.items[?(@.id=='tiantan')].primaryPollutants[0]")
			.isEqualTo("PM2_5")
			.jsonPath("$.items[?(@.id=='wanliu')].category.colour")
			.isEqualTo(hexOfHeavy())
			.jsonPath("$.items[?(@.id=='dongsi')].name")
			.isEqualTo("东四");
	}

	private static String hexOfHeavy() {
		return io.cleanair.core.aqi.ChinaCategory.HEAVILY_POLLUTED.colour().hex();
	}

	@Test
	void pagesAreBoundedAndBadParametersAreProblems() {
		web.get()
			.uri("/api/public/v1/stations?page=1&size=2")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items.length()")
			.isEqualTo(1)
			.jsonPath("$.total")
			.isEqualTo(3);
		web.get()
			.uri("/api/public/v1/stations?size=501")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://cleanair.io/problems/bad-parameter")
			.jsonPath("$.parameter")
			.isEqualTo("size");
		web.get()
			.uri("/api/public/v1/stations/dongsi/hours?from=2026-01-01T00:00:00Z&to=2026-03-01T00:00:00Z")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.parameter")
			.isEqualTo("to");
		web.get()
			.uri("/api/public/v1/rankings?month=2999-01")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.parameter")
			.isEqualTo("month");
		web.get()
			.uri("/api/public/v1/stations?format=xml")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.parameter")
			.isEqualTo("format");
		web.get()
			.uri("/api/public/v1/stations/nowhere")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://cleanair.io/problems/not-found");
	}

	@Test
	void aStationsSeriesIsItsLast48HoursByDefault() {
		web.get()
			.uri("/api/public/v1/stations/tiantan/hours")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items.length()")
			.isEqualTo(48)
			.jsonPath("$.items[47].category.id")
			.isEqualTo("LIGHTLY_POLLUTED")
			.jsonPath("$.items[0].ruleSet")
			.isEqualTo("hj633-2026");
		String csv = web.get()
			.uri("/api/public/v1/stations/tiantan/hours?format=csv")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith("text/csv")
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(csv.split("\r\n")).hasSize(49);
		assertThat(csv).startsWith("stationId,hourStart,day,hourLabel,aqi,category");
	}

	@Test
	void districtsShowGoodDaysAgainstTheTargetAndTheMonthsRankByCompositeIndex() {
		web.get()
			.uri("/api/public/v1/districts")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items[?(@.id=='dongcheng')].name")
			.isEqualTo("东城区")
			.jsonPath("$.items[?(@.id=='dongcheng')].goodDays.targetGoodDayRate")
			.isEqualTo(80)
			.jsonPath("$.items[?(@.id=='dongcheng')].monthRank.rank")
			.isEqualTo(1)
			.jsonPath("$.items[?(@.id=='haidian')].monthRank.rank")
			.isEqualTo(2);
		web.get()
			.uri("/api/public/v1/rankings")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items[0].districtId")
			.isEqualTo("dongcheng")
			.jsonPath("$.items[0].rank")
			.isEqualTo(1)
			.jsonPath("$.items[1].districtId")
			.isEqualTo("haidian");
		web.get()
			.uri("/api/public/v1/districts/haidian/days")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items[0].concentrations.PM2_5_24H")
			.isEqualTo(70.0);
		String csv = web.get()
			.uri("/api/public/v1/rankings")
			.accept(MediaType.parseMediaType("text/csv"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(csv).startsWith("rank,districtId,districtName,compositeIndex").contains("1,dongcheng,东城区,");
	}

	@Test
	void answersCarryAnEtagAndAMatchingIfNoneMatchIsAnswered304() {
		var first = web.get()
			.uri("/api/public/v1/stations")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueMatches(HttpHeaders.CACHE_CONTROL, ".*max-age=30.*public.*|.*public.*max-age=30.*")
			.returnResult(byte[].class);
		String etag = first.getResponseHeaders().getETag();
		assertThat(etag).startsWith("\"");
		web.get()
			.uri("/api/public/v1/stations")
			.ifNoneMatch(etag)
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.NOT_MODIFIED)
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, etag)
			.expectBody()
			.isEmpty();
		String page = web.get()
			.uri("/")
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(byte[].class)
			.getResponseHeaders()
			.getETag();
		web.get().uri("/").ifNoneMatch(page).exchange().expectStatus().isEqualTo(HttpStatus.NOT_MODIFIED);
		web.get().uri("/").ifNoneMatch("\"something-else\"").exchange().expectStatus().isOk();
	}

	@Test
	void anyOriginMayCallTheApi() {
		web.get()
			.uri("/api/public/v1/stations")
			.header(HttpHeaders.ORIGIN, "https://school.example")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
		web.options()
			.uri("/api/public/v1/districts")
			.header(HttpHeaders.ORIGIN, "https://news.example")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
	}

	@Test
	void thePageShowsStationsCategoriesAdviceDistrictsRuleSetAndSource() {
		String zh = body("/");
		assertThat(zh).contains("<html lang=\"zh-CN\"", "name=\"viewport\"", "东四", "轻度污染", "重度污染",
				"儿童、老年人及心脏病、呼吸系统疾病患者应减少长时间、高强度的户外锻炼", "HJ 633-2026", "数据来源", "东城区", "<th scope=\"col\">", "<caption>",
				"href=\"/?lang=en\"");
		String en = body("/?lang=en");
		assertThat(en).contains("<html lang=\"en\"", "Lightly polluted", "Heavily polluted", "Recommended actions",
				"Rules in force: HJ 633-2026", "Source:", "This month's district ranking");
		String station = body("/stations/tiantan?lang=en");
		assertThat(station).contains("<svg id=\"chart\"", "role=\"img\"", "aria-labelledby=\"chart-title chart-desc\"",
				"class=\"bar\"", "The last 48 hours");
		assertThat(station.split("class=\"bar\"")).hasSize(49);
	}

	@Test
	void theOpenApiDocumentDescribesThePublicApi() {
		web.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.info.title")
			.isEqualTo("public-portal")
			.jsonPath("$.paths['/api/public/v1/stations']")
			.exists()
			.jsonPath("$.paths['/api/public/v1/stations/{id}/hours']")
			.exists()
			.jsonPath("$.paths['/api/public/v1/districts/{id}/days']")
			.exists()
			.jsonPath("$.paths['/api/public/v1/rankings']")
			.exists();
	}

	private String body(String uri) {
		return web.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

}
