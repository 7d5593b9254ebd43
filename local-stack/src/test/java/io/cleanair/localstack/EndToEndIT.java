package io.cleanair.localstack;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.cleanair.testsupport.TestInfrastructure;
import io.cleanair.testsupport.TestKafka;
import io.cleanair.testsupport.TestPostgres;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The walking skeleton end to end, all three services against a real broker and database:
 * readings in over HTTP, stored by analytics, a heavy-pollution signal, and an email in
 * an SMTP server.
 */
class EndToEndIT {

	static final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

	static PlatformServices services;

	static final String ADMIN_KEY = "end-to-end-admin-key";

	@BeforeAll
	static void startPlatform() {
		smtp.start();
		TestPostgres.Database database = TestInfrastructure.postgres().newDatabase("EndToEndIT");
		String suffix = TestKafka.uniqueSuffix();
		Map<String, String> extra = new LinkedHashMap<>();
		extra.put("aq.topics.readings", "aq.readings.v2." + suffix);
		extra.put("aq.topics.readings-backfill", "aq.readings-backfill.v2." + suffix);
		extra.put("aq.topics.readings-v1", "aq.readings.v1." + suffix);
		extra.put("aq.topics.readings-backfill-v1", "aq.readings-backfill.v1." + suffix);
		extra.put("aq.topics.stations", "aq.stations.v1." + suffix);
		extra.put("aq.topics.alert-signals", "aq.alert-signals.v1." + suffix);
		extra.put("aq.topics.daily-results", "aq.daily-results.v1." + suffix);
		extra.put("aq.topics.station-hours", "aq.station-hours.v1." + suffix);
		extra.put("aq.topics.district-targets", "aq.district-targets.v1." + suffix);
		extra.put("aq.alert.officials[0].id", "zhang-min");
		extra.put("aq.alert.officials[0].name", "Zhang Min");
		extra.put("aq.alert.officials[0].email", "zhang.min@dongcheng.example");
		extra.put("aq.alert.officials[0].language", "en");
		extra.put("aq.alert.officials[0].districts[0]", "dongcheng");
		extra.put("aq.alert.dispatch-interval", "PT1S");
		extra.put("aq.security.admin-key", ADMIN_KEY);
		services = PlatformServices
			.start(new PlatformServices.Settings(database.jdbcUrl(), database.username(), database.password(),
					TestInfrastructure.kafka().bootstrapServers(), smtp.getSmtp().getPort(), 0, 0, 0, 0, extra));
	}

	@AfterAll
	static void stopPlatform() {
		if (services != null) {
			services.close();
		}
		smtp.stop();
	}

	@Test
	void pollutedMorningReachesTheDistrictOfficialByEmail() throws Exception {
		WebTestClient ingest = client(services.ingestPort());
		ingest.put()
			.uri("/api/v1/stations/dongsi")
			.header("Authorization", "Bearer " + ADMIN_KEY)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("name", "Dongsi", "districtId", "dongcheng", "kind", "NATIONAL"))
			.exchange()
			.expectStatus()
			.isCreated();
		String stationKey = (String) ingest.post()
			.uri("/api/v1/stations/dongsi/keys")
			.header("Authorization", "Bearer " + ADMIN_KEY)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("key");

		// yesterday's morning in Beijing: current readings (under 48 hours old), which
		// travel the live lane and
		// become the portal's hours
		LocalDate yesterday = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1);
		StringBuilder readings = new StringBuilder("{\"readings\":[");
		for (int hour = 0; hour < 8; hour++) {
			readings.append(hour == 0 ? "" : ",")
				.append("{\"stationId\":\"dongsi\",\"time\":\"%sT0%d:00:00+08:00\",\"pollutant\":\"PM2_5\",\"value\":\"500\",\"unit\":\"ug/m3\"}"
					.formatted(yesterday, hour));
		}
		readings.append("]}");
		ingest.post()
			.uri("/api/v1/readings")
			.header("Authorization", "Bearer " + stationKey)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(readings.toString())
			.exchange()
			.expectStatus()
			.isAccepted()
			.expectBody()
			.jsonPath("$.accepted")
			.isEqualTo(8);

		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> client(services.analyticsPort()).get()
				.uri("/api/v1/stations/dongsi/readings?from={from}&to={to}", yesterday + "T00:00:00+08:00",
						yesterday.plusDays(1) + "T00:00:00+08:00")
				.header("Authorization", "Bearer " + ADMIN_KEY)
				.exchange()
				.expectBody()
				.jsonPath("$.length()")
				.isEqualTo(8));

		await().atMost(Duration.ofSeconds(60)).until(() -> smtp.getReceivedMessages().length == 1);
		MimeMessage email = smtp.getReceivedMessages()[0];
		assertThat(email.getAllRecipients()[0].toString()).isEqualTo("zhang.min@dongcheng.example");
		assertThat(email.getSubject()).contains("dongcheng").contains("HEAVY_POLLUTION");
		// multipart/alternative: the plain-text part first, then the HTML one
		assertThat((String) ((jakarta.mail.Multipart) email.getContent()).getBodyPart(0).getContent())
			.contains("dongsi")
			.contains("PM2_5");

		// the public portal shows the station's hours, from events only, and nothing of
		// the official
		WebTestClient portal = client(services.portalPort());
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> portal.get()
				.uri("/api/public/v1/stations/dongsi/hours?from={from}&to={to}", yesterday + "T00:00:00+08:00",
						yesterday + "T08:00:00+08:00")
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.items.length()")
				.isEqualTo(8)
				.jsonPath("$.items[7].aqi")
				.isEqualTo(500)
				.jsonPath("$.items[7].category.id")
				.isEqualTo("SEVERELY_POLLUTED"));
		String page = portal.get()
			.uri("/stations/dongsi")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).contains("Dongsi").doesNotContain("zhang.min", "Zhang Min", ADMIN_KEY);
	}

	private static WebTestClient client(int port) {
		return WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + port)
			.responseTimeout(Duration.ofSeconds(30))
			.build();
	}

}
