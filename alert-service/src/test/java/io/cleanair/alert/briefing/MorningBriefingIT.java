package io.cleanair.alert.briefing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import com.icegreen.greenmail.util.GreenMail;
import io.cleanair.alert.AlertApplication;
import io.cleanair.alert.support.AlertHarness;
import io.cleanair.alert.support.OwnAlertContext;
import io.cleanair.alert.support.AnalyticsStub;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two alert-service instances (two application contexts, each with its own connection
 * pool, scheduler and dispatcher) against one database: both find the morning briefing
 * due at the same moment, and the leading group receives it once — one row in
 * {@code briefing_run}, one notification and one e-mail per official. The test's context
 * is the first instance; the second runs from the same properties, as another process
 * would. analytics is an {@link AnalyticsStub} answering in analytics' JSON shapes.
 */
@OwnAlertContext
@TestPropertySource(properties = { "spring.config.import=classpath:officials/leading-group.yml",
		"aq.alert.briefing.morning-at=00:00", "aq.alert.briefing.initial-delay=PT1H",
		"aq.alert.accountability.scheduled=false", "aq.alert.rectification.scheduled=false",
		"aq.alert.dispatch-interval=PT0.5S" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MorningBriefingIT {

	@Autowired
	AnalyticsStub analytics;

	@Autowired
	GreenMail smtp;

	@Autowired
	ConfigurableApplicationContext context;

	final List<ConfigurableApplicationContext> instances = new ArrayList<>();

	@BeforeAll
	void start() {
		BriefingStubData.record(analytics, true);
		instances.add(context);
		instances.add(AlertApplication.start(AlertHarness.anotherInstance(context.getEnvironment())));
	}

	@AfterAll
	void stop() {
		instances.get(1).close();
	}

	@Test
	void theMorningBriefingIsSentExactlyOnceWithTwoInstances() throws Exception {
		CountDownLatch go = new CountDownLatch(1);
		List<CompletableFuture<Integer>> runs = new ArrayList<>();
		for (ConfigurableApplicationContext instance : instances) {
			for (int round = 0; round < 3; round++) {
				runs.add(CompletableFuture.supplyAsync(() -> {
					try {
						go.await();
					}
					catch (InterruptedException e) {
						Thread.currentThread().interrupt();
					}
					return instance.getBean(MorningBriefing.class).sendDue();
				}));
			}
		}
		go.countDown();
		int stored = runs.stream().mapToInt(CompletableFuture::join).sum();

		JdbcClient jdbc = instances.get(0).getBean(JdbcClient.class);
		int periods = jdbc.sql("SELECT count(*) FROM briefing_run").query(Integer.class).single();
		assertThat(periods).isBetween(1, 3); // daily; weekly on Mondays; monthly on the
												// 1st
		assertThat(jdbc.sql("SELECT count(*) FROM briefing_run WHERE period = 'DAILY'").query(Integer.class).single())
			.isEqualTo(1);
		assertThat(stored).isEqualTo(2 * periods);
		assertThat(jdbc.sql("SELECT count(*) FROM notification WHERE kind = 'BRIEFING'").query(Integer.class).single())
			.isEqualTo(2 * periods);
		assertThat(jdbc.sql("SELECT count(*) FROM notification WHERE kind = 'BRIEFING' AND official_id = 'deputy'")
			.query(Integer.class)
			.single()).isZero();

		await().atMost(Duration.ofSeconds(30)).until(() -> smtp.getReceivedMessages().length >= 2 * periods);
		// both dispatchers keep running: nothing more arrives
		await().during(Duration.ofMillis(1500))
			.atMost(Duration.ofSeconds(5))
			.until(() -> smtp.getReceivedMessages().length == 2 * periods);
		MimeMessage[] mails = smtp.getReceivedMessages();
		assertThat(mails).hasSize(2 * periods);
		List<String> subjects = new ArrayList<>();
		for (MimeMessage m : mails) {
			subjects.add(m.getAllRecipients()[0] + " " + m.getSubject());
		}
		assertThat(subjects).anyMatch(s -> s.startsWith("wang.fang@city.test 全市 空气质量工作领导小组通报（日报）"))
			.anyMatch(s -> s.startsWith("leader@city.test City Air-quality leading group briefing (daily)"));

		// later ticks the same morning send nothing again
		assertThat(instances.get(1).getBean(MorningBriefing.class).sendDue()).isZero();
	}

}
