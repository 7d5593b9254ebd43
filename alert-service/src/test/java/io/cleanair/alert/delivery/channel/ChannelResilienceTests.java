package io.cleanair.alert.delivery.channel;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import io.cleanair.alert.config.AlertProperties;
import io.cleanair.testsupport.TestClock;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChannelResilienceTests {

	final TestClock clock = new TestClock(Instant.parse("2026-11-28T02:00:00Z"));

	final AtomicInteger calls = new AtomicInteger();

	ChannelResilience resilience(int limitForPeriod, Duration timeout) {
		return new ChannelResilience("test", "stub", new AlertProperties.ChannelResilience(
				new AlertProperties.ChannelResilience.Retry(3, Duration.ofMillis(5), 2),
				new AlertProperties.ChannelResilience.CircuitBreaker(50, 4, 4, Duration.ofMinutes(1)),
				new AlertProperties.ChannelResilience.RateLimiter(limitForPeriod, Duration.ofMinutes(1), Duration.ZERO),
				timeout), clock);
	}

	CompletableFuture<Delivery> failing(DeliveryException.Kind kind) {
		calls.incrementAndGet();
		return CompletableFuture.failedFuture(new DeliveryException(kind, "stub", "boom"));
	}

	@Test
	void transientErrorsAreRetriedWithBackoffPermanentOnesAreNot() {
		ChannelResilience r = resilience(100, Duration.ofSeconds(1));
		assertThatThrownBy(() -> r.call(() -> failing(DeliveryException.Kind.TRANSIENT)))
			.isInstanceOf(DeliveryException.class);
		assertThat(calls.get()).isEqualTo(3);
		calls.set(0);
		assertThatThrownBy(() -> r.call(() -> failing(DeliveryException.Kind.PERMANENT)))
			.satisfies(e -> assertThat(((DeliveryException) e).kind()).isEqualTo(DeliveryException.Kind.PERMANENT));
		assertThat(calls.get()).isEqualTo(1);
	}

	@Test
	void circuitOpensFailsFastAndHalfOpensWhenTheClockMoves() {
		ChannelResilience r = resilience(100, Duration.ofSeconds(1));
		for (int i = 0; i < 2; i++) {
			assertThatThrownBy(() -> r.call(() -> failing(DeliveryException.Kind.TRANSIENT)));
		}
		assertThat(r.circuitState()).isEqualTo(CircuitBreaker.State.OPEN);
		calls.set(0);
		assertThatThrownBy(() -> r.call(() -> failing(DeliveryException.Kind.TRANSIENT)))
			.satisfies(e -> assertThat(((DeliveryException) e).kind()).isEqualTo(DeliveryException.Kind.UNAVAILABLE));
		assertThat(calls.get()).isZero();

		clock.advance(Duration.ofSeconds(61));
		assertThat(r.call(() -> CompletableFuture.completedFuture(new Delivery("stub", "ok"))).answer())
			.isEqualTo("ok");
		assertThat(r.circuitState()).isEqualTo(CircuitBreaker.State.HALF_OPEN);
		r.call(() -> CompletableFuture.completedFuture(new Delivery("stub", "ok")));
		assertThat(r.circuitState()).isEqualTo(CircuitBreaker.State.CLOSED);
	}

	@Test
	void slowCallsAreCutByTheTimeLimiter() {
		ChannelResilience r = resilience(100, Duration.ofMillis(50));
		assertThatThrownBy(() -> r.call(CompletableFuture::new)).hasMessageContaining("no answer within")
			.satisfies(e -> assertThat(((DeliveryException) e).kind()).isEqualTo(DeliveryException.Kind.TRANSIENT));
	}

	@Test
	void quotaExhaustedIsThrottledNotAnOutage() {
		ChannelResilience r = resilience(1, Duration.ofSeconds(1));
		r.call(() -> CompletableFuture.completedFuture(new Delivery("stub", "ok")));
		for (int i = 0; i < 5; i++) {
			assertThatThrownBy(() -> r.call(() -> CompletableFuture.completedFuture(new Delivery("stub", "ok"))))
				.satisfies(e -> assertThat(((DeliveryException) e).kind()).isEqualTo(DeliveryException.Kind.THROTTLED));
		}
		assertThat(r.circuitState()).isEqualTo(CircuitBreaker.State.CLOSED);
	}

}
