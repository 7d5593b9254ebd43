package io.cleanair.alert.briefing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.cleanair.alert.support.AlertIntegrationTest;
import io.cleanair.alert.support.OwnAlertContext;
import io.cleanair.alert.support.AnalyticsStub;
import io.cleanair.testsupport.TestClock;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/v1/briefings/daily}: its figures are analytics' figures for the same
 * day (served by an {@link AnalyticsStub} in analytics' JSON shapes,
 * {@link BriefingStubData}) and alert-service's own incidents and ledger; the HTML and
 * the PDF carry them, the PDF with the districts' names in Chinese.
 */
@OwnAlertContext
@TestPropertySource(properties = { "spring.config.import=classpath:officials/briefing-shunyi.yml",
		"aq.alert.dispatch.enabled=false", "aq.alert.accountability.scheduled=false",
		"aq.alert.rectification.scheduled=false", "aq.alert.briefing.morning=false" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BriefingIT {

	static final String ADMIN = AlertIntegrationTest.ADMIN_KEY;

	@Autowired
	AnalyticsStub analytics;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	WebTestClient web;

	/** The PDF takes a while to render on a busy machine. */
	@Autowired
	void web(WebTestClient client) {
		web = client.mutate().responseTimeout(Duration.ofSeconds(60)).build();
	}

	/**
	 * On 1 December 2026, 08:00 in Shanghai: one unacknowledged heavy-pollution incident
	 * in shunyi on the 30th, told by SMS and e-mail; one ledger item.
	 */
	@BeforeAll
	void record() {
		clock.set(Instant.parse("2026-12-01T00:00:00Z"));
		BriefingStubData.record(analytics, false);
		UUID incident = UUID.randomUUID();
		jdbc.sql(
				"""
						INSERT INTO incident (id, deduplication_key, type, district_id, severity, status, opened_at, last_signal_at)
						VALUES (?, 'HEAVY_POLLUTION:shunyi', 'HEAVY_POLLUTION', 'shunyi', 'CRITICAL', 'OPEN',
						  '2026-11-30T02:00:00Z', '2026-11-30T02:00:00Z')
						""")
			.param(incident)
			.update();
		for (String channel : new String[] { "SMS", "EMAIL" }) {
			jdbc.sql(
					"""
							INSERT INTO notification (id, incident_id, kind, round, idempotency_key, deduplication_key, official_id,
							  channel, recipient, subject, body, status, created_at, not_before)
							VALUES (?, ?, 'ALERT', 0, ?, 'HEAVY_POLLUTION:shunyi', 'zhou-qiang', ?, 'x', 's', 'b', 'SENT',
							  '2026-11-30T02:00:01Z', '2026-11-30T02:00:01Z')
							""")
				.params(UUID.randomUUID(), incident, incident + ":" + channel, channel)
				.update();
		}
		web.post()
			.uri("/api/v1/rectifications")
			.header("Authorization", "Bearer " + ADMIN)
			.bodyValue(Map.of("title", "建筑工地扬尘", "districtId", "shunyi", "officialId", "zhou-qiang", "deadline",
					"2026-11-20"))
			.exchange()
			.expectStatus()
			.isCreated();
	}

	WebTestClient.ResponseSpec get(MediaType type) {
		return web.get()
			.uri("/api/v1/briefings/daily?date=2026-11-30")
			.header("Authorization", "Bearer " + ADMIN)
			.accept(type)
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void theBriefingsFiguresAreAnalyticsFiguresForTheSameDay() {
		WebTestClient.BodyContentSpec json = get(MediaType.APPLICATION_JSON).expectBody();
		for (int i = 0; i < BriefingStubData.DISTRICTS.length; i++) {
			String at = "$.targets[" + i + "].";
			json.jsonPath(at + "districtId")
				.isEqualTo(BriefingStubData.DISTRICTS[i][0])
				.jsonPath(at + "name")
				.isEqualTo(BriefingStubData.DISTRICTS[i][1])
				.jsonPath(at + "goodDays")
				.isEqualTo(250 - 7 * i)
				.jsonPath(at + "validDays")
				.isEqualTo(334)
				.jsonPath(at + "nonGoodDaysAllowed")
				.isEqualTo(BriefingStubData.ALLOWANCE[i])
				.jsonPath(at + "requiredRemainingRate")
				.isEqualTo(60.0 + 5 * i)
				.jsonPath(at + "status")
				.isEqualTo(BriefingStubData.STATUS[i])
				.jsonPath(at + "targetRate")
				.isEqualTo(80.0)
				.jsonPath("$.districts[" + i + "].aqi")
				.isEqualTo(62 + 21 * i)
				.jsonPath("$.ranking[" + i + "].rank")
				.isEqualTo(i + 1);
		}
		json.jsonPath("$.targets[0].rateChange")
			.isEqualTo(3.0)
			.jsonPath("$.city.aqi")
			.isEqualTo(88)
			.jsonPath("$.city.category")
			.isEqualTo("GOOD")
			.jsonPath("$.ranking[2].movement")
			.isEqualTo(1)
			.jsonPath("$.ranking[3].movement")
			.isEqualTo(-1)
			.jsonPath("$.ranking[4].bottomThree")
			.isEqualTo(true)
			.jsonPath("$.incidents.length()")
			.isEqualTo(1)
			.jsonPath("$.incidents[0].told[0]")
			.isEqualTo("周强 (EMAIL, SMS)")
			.jsonPath("$.incidents[0].minutesToAcknowledge")
			.doesNotExist()
			.jsonPath("$.rectifications.overdue[0].title")
			.isEqualTo("建筑工地扬尘")
			.jsonPath("$.completeness[1].silent")
			.isEqualTo(true)
			.jsonPath("$.pm25.length()")
			.isEqualTo(11)
			.jsonPath("$.pm25[0].previousYear")
			.isEqualTo(55.0);
	}

	@Test
	void theHtmlShowsTheSameFigures() {
		String html = get(MediaType.TEXT_HTML).expectBody(String.class).returnResult().getResponseBody();
		assertThat(html).contains("全市 空气质量工作领导小组通报（日报）", "朝阳区 Chaoyang", "排名后三名：朝阳区 Chaoyang、顺义区 Shunyi、怀柔区 Huairou",
				"<td style=\"border:1px solid #ccc;padding:3px 8px\">-2</td>", "未响应：顺义区 Shunyi 重污染", "建筑工地扬尘", "<svg");
		String english = web.get()
			.uri("/api/v1/briefings/daily?date=2026-11-30&lang=en")
			.header("Authorization", "Bearer " + ADMIN)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(english).contains("City Air-quality leading group briefing (daily)", "Unacknowledged: ");
	}

	@Test
	void thePdfNamesTheDistrictsInChinese() throws Exception {
		Assumptions.assumeTrue(Files.isReadable(BriefingRenderingTests.FONT), "fonts-wqy-microhei is not installed");
		byte[] pdf = get(MediaType.APPLICATION_PDF).expectHeader()
			.contentType(MediaType.APPLICATION_PDF)
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		Files.write(Path.of(System.getProperty("java.io.tmpdir"), "briefing-it.pdf"), pdf);
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(doc);
			for (String[] d : BriefingStubData.DISTRICTS) {
				assertThat(text).contains(d[1].substring(0, d[1].indexOf(' ')));
			}
			assertThat(text).contains("剩余可超标天数", "优良天数进展与目标线", "周强 (EMAIL, SMS)", "建筑工地扬尘");
		}
	}

	@Test
	void aWrongPeriodOrDateIsAProblem() {
		web.get()
			.uri("/api/v1/briefings/yearly")
			.header("Authorization", "Bearer " + ADMIN)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://cleanair.io/problems/bad-parameter");
		web.get()
			.uri("/api/v1/briefings/daily?date=30.11.2026")
			.header("Authorization", "Bearer " + ADMIN)
			.exchange()
			.expectStatus()
			.isBadRequest();
		web.get().uri("/api/v1/briefings/daily").exchange().expectStatus().isUnauthorized();
	}

}
