package io.cleanair.alert.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.cleanair.alert.AlertApplication;
import io.cleanair.core.event.AlertSignal;
import io.cleanair.core.pollutant.Pollutant;
import io.cleanair.testsupport.AqTestProperties;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A signal for a district reaches its official by a real SMTP conversation, once per condition. */
@SpringBootTest(classes = AlertApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { AlertApplication.CONFIG_NAME, "aq.security.admin-key=signal-email-admin-key", "aq.alert.officials[0].id=li-wei",
				"aq.alert.officials[0].name=Li Wei", "aq.alert.officials[0].email=li.wei@haidian.example",
				"aq.alert.officials[0].language=en", "aq.alert.officials[0].districts[0]=haidian",
				"aq.alert.officials[1].id=wang-fang", "aq.alert.officials[1].name=Wang Fang",
				"aq.alert.officials[1].email=wang.fang@chaoyang.example", "aq.alert.officials[1].districts[0]=chaoyang" })
@AutoConfigureWebTestClient(timeout = "30s")
class SignalEmailIT {

	static final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		AqTestProperties.register(registry, SignalEmailIT.class);
		smtp.start();
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	@AfterAll
	static void stopSmtp() {
		smtp.stop();
	}

	@Autowired
	KafkaTemplate<String, Object> kafka;

	@Autowired
	WebTestClient web;

	@Value("${aq.topics.alert-signals}")
	String signalsTopic;

	@Test
	void repeatedSignalForOneConditionEmailsTheDistrictOfficialOnce() throws Exception {
		kafka.send(signalsTopic, "haidian", heavyPollution("haidian", "2026-11-28")).join();
		kafka.send(signalsTopic, "haidian", heavyPollution("haidian", "2026-11-28")).join();
		// same key, same partition: once the next day's signal is mailed, the repeat has been handled
		kafka.send(signalsTopic, "haidian", heavyPollution("haidian", "2026-11-29")).join();

		await().atMost(Duration.ofSeconds(30)).until(() -> smtp.getReceivedMessages().length >= 2);
		MimeMessage message = smtp.getReceivedMessages()[0];
		assertThat(message.getAllRecipients()[0].toString()).isEqualTo("li.wei@haidian.example");
		assertThat(message.getSubject()).contains("haidian").contains("HEAVY_POLLUTION");

		web.get()
			.uri("/api/v1/notifications")
			.header("Authorization", "Bearer signal-email-admin-key")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.length()").isEqualTo(2)
			.jsonPath("$[0].officialId").isEqualTo("li-wei")
			.jsonPath("$[0].status").isEqualTo("SENT")
			.jsonPath("$[0].attempts").isEqualTo(1);
		assertThat(smtp.getReceivedMessages()).hasSize(2);
	}

	private static AlertSignal heavyPollution(String district, String day) {
		return new AlertSignal(UUID.randomUUID(), AlertSignal.SCHEMA_VERSION, AlertSignal.SignalType.HEAVY_POLLUTION,
				AlertSignal.Severity.WARNING, district, "S9", Pollutant.PM2_5,
				"HEAVY_POLLUTION:" + district + ":" + day, "Heavy pollution certain", Map.of("iaqiLowerBound", 217.0),
				Instant.parse("2026-11-28T02:00:00Z"));
	}
}
