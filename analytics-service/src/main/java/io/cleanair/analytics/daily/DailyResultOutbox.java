package io.cleanair.analytics.daily;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cleanair.core.event.DailyResultChanged;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Changed daily results become {@link DailyResultChanged} events in
 * {@code daily_result_outbox}, in the caller's transaction, keyed {@code scope:id}: they
 * exist exactly when the results they describe are committed. {@link DailyResultRelay}
 * publishes them on {@code aq.daily-results.v1}, woken when the transaction commits, so a
 * consumer that reads the event finds the day in the database.
 */
@Component
public class DailyResultOutbox {

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	private final DailyResultRelay relay;

	DailyResultOutbox(JdbcTemplate jdbc, JsonMapper json, DailyResultRelay relay) {
		this.jdbc = jdbc;
		this.json = json;
		this.relay = relay;
	}

	/** Adds the days' events; they are published after the transaction commits. */
	public void add(List<StoredDay> days, Instant now) {
		if (days.isEmpty()) {
			return;
		}
		jdbc.batchUpdate("INSERT INTO daily_result_outbox (event_key, payload) VALUES (?, ?)", days, 500, (ps, d) -> {
			ps.setString(1, d.scope().label() + ":" + d.scopeId());
			ps.setString(2, json.writeValueAsString(event(d, now)));
		});
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					relay.wake();
				}
			});
		}
		else {
			relay.wake();
		}
	}

	static DailyResultChanged event(StoredDay d, Instant now) {
		Map<String, Double> concentrations = new LinkedHashMap<>();
		d.concentrations().values().forEach((indicator, v) -> concentrations.put(indicator.name(), v));
		return new DailyResultChanged(UUID.randomUUID(), DailyResultChanged.SCHEMA_VERSION, d.scope().name(),
				d.scopeId(), d.districtId(), d.day(), d.aqi(), d.category(), d.primaryPollutants(), d.valid(),
				d.ruleSet(), concentrations, now);
	}

}
