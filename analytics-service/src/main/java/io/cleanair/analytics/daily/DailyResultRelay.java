package io.cleanair.analytics.daily;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.cleanair.analytics.config.AnalyticsProperties;
import io.cleanair.core.event.DailyResultChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes the rows of {@code daily_result_outbox} in the order they were written and
 * deletes them once the broker acknowledged them, in one transaction per round: a round
 * that fails (broker down) leaves its rows for the next. It runs when a transaction with
 * new rows commits and every {@code aq.outbox.relay-interval} (rows left by a broker
 * outage or a crash), on a thread of its own, and one instance at a time (an advisory
 * lock), so that the events of one key keep their order. A broker that acknowledged a
 * round whose deletion did not commit gets it again: at least once, as before.
 */
@Component
public class DailyResultRelay implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(DailyResultRelay.class);

	/** Events per round. */
	static final int ROUND = 500;

	/** The advisory lock of the relay, the same in every instance. */
	private static final long LOCK = 0x6171_6f75_7462_6f78L;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final KafkaTemplate<String, Object> kafka;

	private final TransactionTemplate transaction;

	private final String topic;

	private final Duration interval;

	private final AtomicBoolean wakeQueued = new AtomicBoolean();

	private volatile ScheduledExecutorService thread;

	DailyResultRelay(JdbcClient jdbc, JsonMapper json, KafkaTemplate<String, Object> kafka,
			TransactionTemplate transaction, AnalyticsProperties properties) {
		this.jdbc = jdbc;
		this.json = json;
		this.kafka = kafka;
		this.transaction = transaction;
		this.topic = properties.topics().dailyResults();
		this.interval = properties.outbox().relayInterval();
	}

	/** Relays soon, on the relay's thread (a wake while one is queued adds nothing). */
	void wake() {
		ScheduledExecutorService t = thread;
		if (t != null && wakeQueued.compareAndSet(false, true)) {
			t.execute(() -> {
				wakeQueued.set(false);
				relayQuietly();
			});
		}
	}

	/** Relays until the outbox is empty; returns how many events were published. */
	public int relay() {
		int total = 0;
		int round;
		do {
			round = transaction.execute(status -> relayRound());
			total += round;
		}
		while (round == ROUND);
		return total;
	}

	private int relayRound() {
		if (!jdbc.sql("SELECT pg_try_advisory_xact_lock(?)").param(LOCK).query(Boolean.class).single()) {
			return 0;
		}
		List<Row> rows = jdbc.sql("SELECT id, event_key, payload FROM daily_result_outbox ORDER BY id LIMIT ?")
			.param(ROUND)
			.query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list();
		if (rows.isEmpty()) {
			return 0;
		}
		CompletableFuture
			.allOf(rows.stream()
				.map(r -> kafka.send(topic, r.key(), json.readValue(r.payload(), DailyResultChanged.class)))
				.toArray(CompletableFuture[]::new))
			.join();
		jdbc.sql("DELETE FROM daily_result_outbox WHERE id = ANY(?)")
			.param(rows.stream().map(Row::id).toArray(Long[]::new))
			.update();
		return rows.size();
	}

	private void relayQuietly() {
		try {
			relay();
		}
		catch (RuntimeException ex) {
			log.warn("Daily-result events wait in the outbox: {}", ex.toString());
		}
	}

	@Override
	public synchronized void start() {
		thread = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread t = new Thread(r, "daily-result-relay");
			t.setDaemon(true);
			return t;
		});
		thread.scheduleWithFixedDelay(this::relayQuietly, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
	}

	@Override
	public synchronized void stop() {
		if (thread != null) {
			thread.shutdownNow();
			thread = null;
		}
	}

	@Override
	public boolean isRunning() {
		return thread != null;
	}

	private record Row(long id, String key, String payload) {
	}

}
