package io.cleanair.ingest.outbox;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * The transactional outbox: an event is written in the transaction of the change it tells
 * of, so both commit or neither does; {@link OutboxRelay} publishes it afterwards,
 * however long the broker is away.
 */
@Component
public class Outbox {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final OutboxRelay relay;

	Outbox(JdbcClient jdbc, JsonMapper json, OutboxRelay relay) {
		this.jdbc = jdbc;
		this.json = json;
		this.relay = relay;
	}

	/**
	 * Adds an event (or, with {@code event} null, a tombstone) for {@code topic}; only
	 * inside a transaction.
	 */
	public void add(String topic, String key, Object event) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("an outbox event is written in its change's transaction");
		}
		jdbc.sql("INSERT INTO outbox (topic, message_key, event_type, payload) VALUES (?, ?, ?, ?)")
			.params(topic, key, event == null ? null : event.getClass().getName(),
					event == null ? null : json.writeValueAsString(event))
			.update();
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				relay.soon();
			}
		});
	}

}
