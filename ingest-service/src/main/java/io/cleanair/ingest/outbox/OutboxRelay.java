package io.cleanair.ingest.outbox;

import java.util.List;
import java.util.concurrent.TimeUnit;

import io.cleanair.ingest.config.RegistryProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes the outbox's events in the order they were written and marks each sent once
 * the broker acknowledged it. Runs right after a change commits and every
 * {@code aq.registry.outbox-interval}; one instance at a time (a PostgreSQL advisory
 * lock), so events of one key never overtake each other. An event may be published twice
 * (acknowledged, then the mark lost): the stations topic is keyed and consumers apply the
 * latest state.
 */
@Component
class OutboxRelay {

	/** The advisory lock the relays of all instances share. */
	static final long LOCK = 0x6171_6f75_7462_6f78L;

	private static final String EVENTS = "io.cleanair.core.event.";

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final KafkaTemplate<String, Object> kafka;

	private final JsonMapper json;

	private final RegistryProperties properties;

	OutboxRelay(JdbcClient jdbc, TransactionTemplate transaction, KafkaTemplate<String, Object> kafka, JsonMapper json,
			RegistryProperties properties) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.kafka = kafka;
		this.json = json;
		this.properties = properties;
	}

	/** Relays without waiting for the next scheduled run. */
	void soon() {
		Schedulers.boundedElastic().schedule(this::relay);
	}

	@Scheduled(fixedDelayString = "${aq.registry.outbox-interval:PT1S}")
	synchronized void relay() {
		try {
			transaction.executeWithoutResult(status -> {
				if (jdbc.sql("SELECT pg_try_advisory_xact_lock(?)").param(LOCK).query(Boolean.class).single()) {
					publishPending();
				}
			});
		}
		catch (DataAccessException | TransactionException e) {
			log.debug("Outbox not relayed now, the database does not answer: {}", e.getMessage());
		}
	}

	private void publishPending() {
		List<Pending> pending = jdbc
			.sql("SELECT id, topic, message_key, event_type, payload FROM outbox WHERE sent_at IS NULL ORDER BY id"
					+ " LIMIT 500")
			.query((rs, row) -> new Pending(rs.getLong("id"), rs.getString("topic"), rs.getString("message_key"),
					rs.getString("event_type"), rs.getString("payload")))
			.list();
		for (Pending event : pending) {
			try {
				kafka.send(event.topic(), event.key(), value(event))
					.get(properties.outboxSendTimeout().toMillis(), TimeUnit.MILLISECONDS);
			}
			catch (Exception e) {
				// the rest waits, in order, for the next run; what was sent stays marked
				log.warn("Outbox event {} for {} not published yet: {}", event.id(), event.topic(), e.toString());
				if (e instanceof InterruptedException) {
					Thread.currentThread().interrupt();
				}
				return;
			}
			jdbc.sql("UPDATE outbox SET sent_at = now() WHERE id = ?").param(event.id()).update();
		}
		if (!pending.isEmpty()) {
			jdbc.sql("DELETE FROM outbox WHERE sent_at < now() - interval '7 days'").update();
		}
	}

	private Object value(Pending event) throws ClassNotFoundException {
		if (event.type() == null) {
			return null;
		}
		if (!event.type().startsWith(EVENTS)) {
			throw new IllegalStateException("not an event class: " + event.type());
		}
		return json.readValue(event.payload(), Class.forName(event.type()));
	}

	private record Pending(long id, String topic, String key, String type, String payload) {
	}

}
