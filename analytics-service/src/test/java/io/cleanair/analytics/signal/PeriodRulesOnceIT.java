package io.cleanair.analytics.signal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import io.cleanair.analytics.AnalyticsApplication;
import io.cleanair.analytics.AnalyticsIntegrationTest;
import io.cleanair.analytics.Readings;
import io.cleanair.analytics.ReadingsFlowTest;
import io.cleanair.analytics.TestKeys;
import io.cleanair.core.event.ReadingReceived;
import io.cleanair.testsupport.IsolatedInfrastructure;
import io.cleanair.testsupport.TestInfrastructure;
import io.cleanair.testsupport.TopicReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The period rules' marks and runs are rows every instance shares: a mark made before a
 * restart is judged by the next instance, and with two instances a mark and a day close
 * each raise their signal once.
 */
@AnalyticsIntegrationTest(ownContext = true)
class PeriodRulesOnceIT extends ReadingsFlowTest {

	@Autowired
	SignalSchedules schedules;

	@Autowired
	IsolatedInfrastructure infrastructure;

	@Value("${aq.topics.alert-signals}")
	String signalsTopic;

	ConfigurableApplicationContext second;

	@AfterEach
	void stopSecond() {
		if (second != null) {
			second.close();
		}
	}

	@Test
	void aMarkMadeBeforeARestartIsJudgedOnceByTheNextInstances() {
		LocalDate yesterday = districtWithAPollutedDay("fengtai", "S60");
		// the mark is a row: an instance started now (after a restart) finds it
		assertThat(marks("fengtai")).isEqualTo(1);
		second = anotherInstance();
		SignalSchedules next = second.getBean(SignalSchedules.class);
		CompletableFuture
			.allOf(CompletableFuture.runAsync(next::checkPeriodRules),
					CompletableFuture.runAsync(schedules::checkPeriodRules))
			.join();
		next.checkPeriodRules();
		schedules.checkPeriodRules();
		assertThat(signals("TARGET_AT_RISK:fengtai:" + yesterday.getYear())).hasSize(1);
		assertThat(marks("fengtai")).isZero();
	}

	@Test
	void theDayCloseRunsOnceWithTwoInstances() {
		LocalDate yesterday = districtWithAPollutedDay("daxing", "S61");
		assertThat(marks("daxing")).isEqualTo(1);
		// only the day close judges the district here
		jdbc.sql("DELETE FROM period_rule_due").update();
		second = anotherInstance();
		SignalSchedules other = second.getBean(SignalSchedules.class);
		CompletableFuture
			.allOf(CompletableFuture.runAsync(other::closeDay), CompletableFuture.runAsync(schedules::closeDay))
			.join();
		schedules.closeDay();
		assertThat(signals("TARGET_AT_RISK:daxing:" + yesterday.getYear())).hasSize(1);
		assertThat(jdbc.sql("SELECT count(*) FROM signal_run WHERE run = 'day-close' AND day = ?")
			.param(yesterday)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	/**
	 * A district with a 90 % good-day target and one polluted day yesterday: the target
	 * can no longer be met.
	 */
	private LocalDate districtWithAPollutedDay(String district, String station) {
		web.put()
			.uri("/api/v1/districts/{d}", district)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("name", district, "cityId", "beijing"))
			.exchange()
			.expectStatus()
			.isCreated();
		LocalDate yesterday = LocalDate.now(Readings.BEIJING).minusDays(1);
		web.put()
			.uri("/api/v1/districts/{d}/targets/{y}", district, yesterday.getYear())
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("goodDayRate", 90))
			.exchange()
			.expectStatus()
			.isCreated();
		List<ReadingReceived> readings = Readings.day(station, district, yesterday, 120, 24);
		readings.forEach(r -> kafka.send(readingsTopic, r.stationId(), r));
		kafka.flush();
		// the whole day stored (it may come in several batches, each marking the
		// district)
		await().atMost(Duration.ofSeconds(60))
			.until(() -> jdbc
				.sql("SELECT count(*) FROM daily_result WHERE scope = 'DISTRICT' AND scope_id = ?"
						+ " AND day = ? AND aqi > 100")
				.params(district, yesterday)
				.query(Integer.class)
				.single() == 1);
		return yesterday;
	}

	private ConfigurableApplicationContext anotherInstance() {
		return AnalyticsApplication.start(Stream
			.concat(Stream.of(infrastructure.arguments()),
					Stream.of("--server.port=0", "--" + TestKeys.ADMIN_PROPERTY, "--aq.signals.scheduling=false"))
			.toArray(String[]::new));
	}

	private int marks(String district) {
		return jdbc.sql("SELECT count(*) FROM period_rule_due WHERE district_id = ?")
			.param(district)
			.query(Integer.class)
			.single();
	}

	private List<String> signals(String key) {
		return TopicReader.readToEnd(TestInfrastructure.kafka().bootstrapServers(), signalsTopic)
			.stream()
			.map(r -> r.value())
			.filter(v -> v.contains("\"deduplicationKey\":\"" + key + "\""))
			.toList();
	}

}
