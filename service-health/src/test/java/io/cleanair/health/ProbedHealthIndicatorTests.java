package io.cleanair.health;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ProbedHealthIndicatorTests {

	final CountDownLatch release = new CountDownLatch(1);

	ProbedHealthIndicator indicator;

	@AfterEach
	void stop() {
		release.countDown();
		if (indicator != null) {
			indicator.destroy();
		}
	}

	@Test
	void aProbeThatHangsCountsAsDownOnceItsTimeoutPassedAndHealthStillAnswers() {
		indicator = new ProbedHealthIndicator("db", () -> {
			waitFor(release);
			return Health.up().build();
		}, settings("DOWN"), Clock.systemUTC());
		await().atMost(Duration.ofSeconds(10)).until(() -> Status.DOWN.equals(indicator.health().getStatus()));
		assertThat(indicator.health().getDetails()).containsEntry("error", "no answer within PT0.2S");
		release.countDown();
		await().atMost(Duration.ofSeconds(10)).until(() -> Status.UP.equals(indicator.health().getStatus()));
	}

	@Test
	void aDependencyTheServiceWorksWithoutIsReportedDegradedAndTheGaugeSaysZero() {
		AtomicReference<Health> answer = new AtomicReference<>(Health.down().withDetail("error", "refused").build());
		indicator = new ProbedHealthIndicator("db", answer::get, settings("DEGRADED"), Clock.systemUTC());
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		indicator.bindTo(meters);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> new Status("DEGRADED").equals(indicator.health().getStatus()));
		assertThat(indicator.health().getDetails()).containsEntry("error", "refused");
		assertThat(meters.get("aq.health.dependency").tag("dependency", "db").gauge().value()).isZero();
		answer.set(Health.up().build());
		await().atMost(Duration.ofSeconds(10))
			.until(() -> meters.get("aq.health.dependency").tag("dependency", "db").gauge().value() == 1);
	}

	@Test
	void aProbeThatThrowsIsAFailure() {
		indicator = new ProbedHealthIndicator("kafka", () -> {
			throw new IllegalStateException("no route");
		}, settings("DOWN"), Clock.systemUTC());
		await().atMost(Duration.ofSeconds(10)).until(() -> Status.DOWN.equals(indicator.health().getStatus()));
		assertThat(indicator.health().getDetails()).containsEntry("error", "IllegalStateException");
	}

	private static HealthProbeProperties.Probe settings(String whenDown) {
		return new HealthProbeProperties.Probe(Duration.ofMillis(50), Duration.ofMillis(200), whenDown);
	}

	private static void waitFor(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
