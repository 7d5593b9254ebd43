package io.cleanair.alert.incident.domain;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cleanair.core.alerting.Incident;
import io.cleanair.core.alerting.IncidentLifecycle.Action;
import io.cleanair.core.alerting.PlannedNotice;

/**
 * What one decision calls for; the caller persists it in one transaction, in this order:
 * the incident, the timeline, the withdrawals, the notices.
 *
 * @param action what happened to the incident
 * @param incident the incident's next state (null when an ignored signal has no incident)
 * @param write how the incident is stored
 * @param figures the figures stored with the incident; null keeps those it has
 * @param events the timeline lines, in order
 * @param withdrawals pending notices to withdraw
 * @param notices the notices to plan, each with the time it is due (quiet hours, recovery
 * delay)
 * @param noticeFigures the figures the notices show
 * @param signalId the signal the notices answer, when one does
 */
public record Outcome(Action action, Incident incident, Write write, Map<String, Double> figures,
		List<TimelineEvent> events, List<Withdrawal> withdrawals, List<PlannedNotice> notices,
		Map<String, Double> noticeFigures, UUID signalId) {

	public Outcome {
		events = List.copyOf(events);
		withdrawals = List.copyOf(withdrawals);
		notices = List.copyOf(notices);
	}

	public enum Write {

		NONE, INSERT, UPDATE

	}
}
