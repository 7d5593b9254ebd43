package io.cleanair.core.alerting;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

import io.cleanair.core.event.AlertSignal;
import io.cleanair.core.event.AlertSignal.Severity;
import io.cleanair.core.event.AlertSignal.SignalType;

/**
 * The incident state machine. It decides and returns; the caller stores the result.
 * <ul>
 * <li>no incident for the key (or only one resolved longer ago than the cooldown): a
 * condition signal opens one; a {@code RECOVERED} signal is ignored;</li>
 * <li>an open incident: a condition signal updates it (severity only rises);
 * {@code RECOVERED} resolves it;</li>
 * <li>an incident resolved less than the cooldown ago: a condition signal reopens it (the
 * same incident, next round) instead of opening a new one — flapping does not restart the
 * alerting.</li>
 * </ul>
 */
public final class IncidentLifecycle {

	private final Duration cooldown;

	private final Supplier<UUID> ids;

	public IncidentLifecycle(Duration cooldown) {
		this(cooldown, UUID::randomUUID);
	}

	public IncidentLifecycle(Duration cooldown, Supplier<UUID> ids) {
		this.cooldown = Objects.requireNonNull(cooldown, "cooldown");
		this.ids = ids;
		if (cooldown.isNegative()) {
			throw new IllegalArgumentException("cooldown must not be negative");
		}
	}

	public Duration cooldown() {
		return cooldown;
	}

	/**
	 * @param latest the newest incident with the signal's deduplication key, or null
	 */
	public Decision onSignal(Incident latest, AlertSignal signal, Instant now) {
		boolean recovered = signal.type() == SignalType.RECOVERED;
		if (latest == null || (!latest.isOpen() && !now.isBefore(latest.resolvedAt().plus(cooldown)))) {
			if (recovered) {
				return new Decision(Action.IGNORED, latest, "recovery without an open incident");
			}
			Incident opened = new Incident(ids.get(), signal.deduplicationKey(), signal.type(), signal.districtId(),
					signal.stationId(), signal.pollutant(), severityOf(signal), IncidentStatus.OPEN, signal.summary(),
					now, now, null, null, null, 0, null);
			return new Decision(Action.OPENED, opened, signal.summary());
		}
		if (latest.isOpen()) {
			if (recovered) {
				Incident resolved = latest.with(latest.severity(), IncidentStatus.RESOLVED, latest.summary(), now,
						latest.acknowledgedAt(), latest.acknowledgedBy(), now, latest.round());
				return new Decision(Action.RESOLVED, resolved, signal.summary());
			}
			Severity severity = max(latest.severity(), severityOf(signal));
			Incident updated = latest.with(severity, latest.status(), signal.summary(), now, latest.acknowledgedAt(),
					latest.acknowledgedBy(), null, latest.round());
			String note = severity != latest.severity() ? "severity raised to " + severity + ": " + signal.summary()
					: signal.summary();
			return new Decision(Action.UPDATED, updated, note);
		}
		if (recovered) {
			return new Decision(Action.IGNORED, latest, "already resolved");
		}
		IncidentStatus status = latest.acknowledgedAt() != null ? IncidentStatus.ACKNOWLEDGED : IncidentStatus.OPEN;
		Incident reopened = latest.with(max(latest.severity(), severityOf(signal)), status, signal.summary(), now,
				latest.acknowledgedAt(), latest.acknowledgedBy(), null, latest.round() + 1);
		return new Decision(Action.REOPENED, reopened,
				"reopened within the cooldown of " + cooldown + ": " + signal.summary());
	}

	/** An official acknowledges: escalation waiting for an acknowledgement stops. */
	public Decision acknowledge(Incident incident, String officialId, Instant now) {
		if (!incident.isOpen()) {
			return new Decision(Action.IGNORED, incident, "already resolved");
		}
		if (incident.status() == IncidentStatus.ACKNOWLEDGED) {
			return new Decision(Action.IGNORED, incident, "already acknowledged by " + incident.acknowledgedBy());
		}
		Incident acked = incident.with(incident.severity(), IncidentStatus.ACKNOWLEDGED, incident.summary(),
				incident.lastSignalAt(), now, officialId, null, incident.round());
		return new Decision(Action.ACKNOWLEDGED, acked, "acknowledged by " + officialId);
	}

	private static Severity severityOf(AlertSignal signal) {
		return signal.severity() == null ? Severity.WARNING : signal.severity();
	}

	private static Severity max(Severity a, Severity b) {
		return a.compareTo(b) >= 0 ? a : b;
	}

	/** What happened to the incident, and its state after. */
	public enum Action {

		OPENED, UPDATED, RESOLVED, REOPENED, ACKNOWLEDGED, IGNORED

	}

	/**
	 * @param incident the incident's next state (unchanged for {@link Action#IGNORED};
	 * may be null then)
	 * @param note a line for the incident's timeline
	 */
	public record Decision(Action action, Incident incident, String note) {
	}

}
