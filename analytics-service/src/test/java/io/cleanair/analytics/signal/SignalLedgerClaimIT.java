package io.cleanair.analytics.signal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.cleanair.analytics.AnalyticsIntegrationTest;
import io.cleanair.core.event.AlertSignal;
import io.cleanair.core.event.AlertSignal.Severity;
import io.cleanair.core.event.AlertSignal.SignalType;
import io.cleanair.core.signal.Evaluation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances judging the same district at the same moment (both run the day-close
 * rules and the ranking) say a new condition once: the transaction that claimed the open
 * row publishes it, the other, waiting on that row, publishes nothing.
 */
@AnalyticsIntegrationTest
class SignalLedgerClaimIT {

	@Autowired
	SignalLedgerStore ledger;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aConditionJudgedByTwoInstancesAtOnceIsSignalledOnce() throws Exception {
		String key = "RANKING_BOTTOM:claim-" + UUID.randomUUID();
		Evaluation evaluation = Evaluation.of(key, Optional.of(signal(key)));
		CountDownLatch firstApplied = new CountDownLatch(1);
		CountDownLatch secondWaiting = new CountDownLatch(1);
		CompletableFuture<List<AlertSignal>> first = CompletableFuture.supplyAsync(() -> transaction.execute(status -> {
			List<AlertSignal> said = ledger.apply(evaluation, Instant.now());
			firstApplied.countDown();
			awaitQuietly(secondWaiting);
			return said;
		}));
		assertThat(firstApplied.await(30, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<List<AlertSignal>> second = CompletableFuture
			.supplyAsync(() -> transaction.execute(status -> ledger.apply(evaluation, Instant.now())));
		// the second transaction waits for the first one's row before the first commits
		await().atMost(Duration.ofSeconds(30)).until(this::aTransactionWaitsForALock);
		secondWaiting.countDown();

		assertThat(first.get(30, TimeUnit.SECONDS)).extracting(AlertSignal::deduplicationKey).containsExactly(key);
		assertThat(second.get(30, TimeUnit.SECONDS)).isEmpty();
	}

	private boolean aTransactionWaitsForALock() {
		return jdbc
			.sql("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
					+ " AND wait_event_type = 'Lock'")
			.query(Integer.class)
			.single() > 0;
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static AlertSignal signal(String key) {
		return new AlertSignal(UUID.randomUUID(), AlertSignal.SCHEMA_VERSION, SignalType.RANKING_BOTTOM,
				Severity.WARNING, "fengtai", null, null, key, "bottom three of the month", Map.of("rank", 12.0),
				Instant.now());
	}

}
