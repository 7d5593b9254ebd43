package io.cleanair.analytics.daily;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.cleanair.analytics.AnalyticsIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The rollups of a day are computed by one transaction at a time, and the rollups of
 * different days never wait for each other: a backfill batch of last year does not hold
 * up a batch of today.
 */
@AnalyticsIntegrationTest
class RollupLocksIT {

	static final LocalDate LAST_YEAR = LocalDate.of(2025, 11, 17);

	static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

	@Autowired
	DailyResultRepository results;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aBatchOfAnotherDayDoesNotWaitAndABatchOfTheSameDayWaitsForTheCommit() throws Exception {
		CountDownLatch historyLocked = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<Void> history = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(status -> {
			results.lockRollups(List.of(LAST_YEAR.plusDays(1), LAST_YEAR));
			historyLocked.countDown();
			awaitQuietly(release);
		}));
		try {
			assertThat(historyLocked.await(30, TimeUnit.SECONDS)).isTrue();

			CompletableFuture<Void> today = CompletableFuture
				.runAsync(() -> transaction.executeWithoutResult(status -> results.lockRollups(List.of(TODAY))));
			today.get(30, TimeUnit.SECONDS);

			CompletableFuture<Void> sameDay = CompletableFuture
				.runAsync(() -> transaction.executeWithoutResult(status -> results.lockRollups(List.of(LAST_YEAR))));
			await().atMost(Duration.ofSeconds(30)).until(this::aTransactionWaitsForAnAdvisoryLock);
			assertThat(sameDay).isNotDone();

			release.countDown();
			history.get(30, TimeUnit.SECONDS);
			sameDay.get(30, TimeUnit.SECONDS);
		}
		finally {
			release.countDown();
		}
	}

	@Test
	void noDaysTakeNoLock() {
		transaction.executeWithoutResult(status -> {
			results.lockRollups(List.of());
			assertThat(jdbc.sql("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid()")
				.query(Integer.class)
				.single()).isZero();
		});
	}

	private boolean aTransactionWaitsForAnAdvisoryLock() {
		return jdbc
			.sql("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"
					+ " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())")
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

}
