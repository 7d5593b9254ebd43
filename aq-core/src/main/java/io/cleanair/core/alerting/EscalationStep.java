package io.cleanair.core.alerting;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import io.cleanair.core.event.AlertSignal.Severity;

/**
 * One step of a route: which role is told, and when.
 * <ul>
 * <li>no condition: at once, when the incident opens;</li>
 * <li>{@code unacknowledgedFor}: when nobody acknowledged within that time of the opening
 * (an acknowledgement stops it);</li>
 * <li>{@code persistsFor}: when the incident is still unresolved that long after the
 * opening (an acknowledgement does not stop it: acknowledging is not fixing);</li>
 * <li>{@code atOnceFrom}: at once when the incident's severity is at least this, whatever
 * the other conditions (alone, it makes a step only for that severity and above).</li>
 * </ul>
 */
public record EscalationStep(Role role, Duration unacknowledgedFor, Duration persistsFor, Severity atOnceFrom) {

	public EscalationStep {
		Objects.requireNonNull(role, "role");
		if (unacknowledgedFor != null && persistsFor != null) {
			throw new IllegalArgumentException(
					"a step waits either for no acknowledgement or for persistence, not both (role " + role + ")");
		}
		if (isNegative(unacknowledgedFor) || isNegative(persistsFor)) {
			throw new IllegalArgumentException("escalation delays must not be negative (role " + role + ")");
		}
	}

	public static EscalationStep atOnce(Role role) {
		return new EscalationStep(role, null, null, null);
	}

	public static EscalationStep ifUnacknowledged(Role role, Duration after) {
		return new EscalationStep(role, after, null, null);
	}

	public static EscalationStep ifPersisting(Role role, Duration after) {
		return new EscalationStep(role, null, after, null);
	}

	public EscalationStep atOnceFrom(Severity severity) {
		return new EscalationStep(role, unacknowledgedFor, persistsFor, severity);
	}

	/**
	 * Whether the step is due for the incident at {@code now}. Done steps are the
	 * caller's concern.
	 */
	public boolean isDue(Incident incident, Instant now) {
		if (incident.status() == IncidentStatus.RESOLVED) {
			return false;
		}
		if (atOnceFrom != null && incident.severity().compareTo(atOnceFrom) >= 0) {
			return true;
		}
		if (unacknowledgedFor != null) {
			return incident.status() == IncidentStatus.OPEN
					&& !now.isBefore(incident.openedAt().plus(unacknowledgedFor));
		}
		if (persistsFor != null) {
			return !now.isBefore(incident.openedAt().plus(persistsFor));
		}
		return atOnceFrom == null;
	}

	/** When the step would next become due by time alone, if it can. */
	public Optional<Instant> dueAt(Incident incident) {
		if (unacknowledgedFor != null && incident.status() == IncidentStatus.OPEN) {
			return Optional.of(incident.openedAt().plus(unacknowledgedFor));
		}
		if (persistsFor != null && incident.status() != IncidentStatus.RESOLVED) {
			return Optional.of(incident.openedAt().plus(persistsFor));
		}
		return Optional.empty();
	}

	/** A short, language-neutral reason for the timeline. */
	public String reason(Incident incident) {
		if (atOnceFrom != null && incident.severity().compareTo(atOnceFrom) >= 0) {
			return "severity " + incident.severity() + " (at once from " + atOnceFrom + ")";
		}
		if (unacknowledgedFor != null) {
			return "not acknowledged within " + unacknowledgedFor;
		}
		if (persistsFor != null) {
			return "persisting for " + persistsFor;
		}
		return "first recipients";
	}

	/**
	 * Whether being told through this step is an escalation rather than the first alert.
	 */
	public boolean escalates() {
		return unacknowledgedFor != null || persistsFor != null || atOnceFrom != null;
	}

	private static boolean isNegative(Duration d) {
		return d != null && d.isNegative();
	}
}
