package io.cleanair.alert.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import io.cleanair.alert.support.AlertIntegrationTest;
import io.cleanair.core.event.AlertSignal;
import io.cleanair.core.pollutant.Pollutant;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A signal for a district reaches its official by a real SMTP conversation, once per
 * condition.
 */
@AlertIntegrationTest
@TestPropertySource(properties = "spring.config.import=classpath:officials/haidian-chaoyang-email.yml")
class SignalEmailIT {

	@Autowired
	GreenMail smtp;

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
		// same key, same partition: once the next day's signal is mailed, the repeat has
		// been handled
		kafka.send(signalsTopic, "haidian", heavyPollution("haidian", "2026-11-29")).join();

		await().atMost(Duration.ofSeconds(30)).until(() -> smtp.getReceivedMessages().length >= 2);
		MimeMessage message = smtp.getReceivedMessages()[0];
		assertThat(message.getAllRecipients()[0].toString()).isEqualTo("li.wei@haidian.example");
		assertThat(message.getSubject()).contains("haidian").contains("HEAVY_POLLUTION");

		web.get()
			.uri("/api/v1/notifications")
			.header("Authorization", "Bearer " + AlertIntegrationTest.ADMIN_KEY)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(2)
			.jsonPath("$[0].officialId")
			.isEqualTo("li-wei")
			.jsonPath("$[0].status")
			.isEqualTo("SENT")
			.jsonPath("$[0].attempts")
			.isEqualTo(1);
		assertThat(smtp.getReceivedMessages()).hasSize(2);
	}

	private static AlertSignal heavyPollution(String district, String day) {
		return new AlertSignal(UUID.randomUUID(), AlertSignal.SCHEMA_VERSION, AlertSignal.SignalType.HEAVY_POLLUTION,
				AlertSignal.Severity.WARNING, district, "S9", Pollutant.PM2_5,
				"HEAVY_POLLUTION:" + district + ":" + day, "Heavy pollution certain", Map.of("iaqiLowerBound", 217.0),
				Instant.parse("2026-11-28T02:00:00Z"));
	}

}
