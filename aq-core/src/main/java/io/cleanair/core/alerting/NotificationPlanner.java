package io.cleanair.core.alerting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.cleanair.core.event.AlertSignal.Severity;

/**
 * Decides who is told what, on which channel, and when: the due steps of an incident's
 * route, and the short notices to those already told. Returns plans; the caller stores
 * them in the outbox.
 */
public final class NotificationPlanner {

	/**
	 * The steps of the route that are due at {@code now} and not yet done, with the
	 * notifications they call for.
	 * @param officials the registry's officials (inactive ones and other districts' are
	 * skipped)
	 */
	public EscalationPlan escalate(Incident incident, Route route, Collection<Official> officials, Instant now) {
		List<PlannedNotice> notices = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		Set<Integer> done = new TreeSet<>();
		for (int i = 0; i < route.steps().size(); i++) {
			EscalationStep step = route.steps().get(i);
			if (incident.stepsDone().contains(i) || !step.isDue(incident, now)) {
				continue;
			}
			done.add(i);
			List<String> told = new ArrayList<>();
			for (Official official : officials) {
				if (!official.active() || !official.has(step.role()) || !official.answersFor(incident.districtId())) {
					continue;
				}
				boolean any = false;
				for (Channel channel : route.channels()) {
					if (official.reachableBy(channel)) {
						notices.add(new PlannedNotice(official, channel, NoticeKind.ALERT, i, step.escalates(),
								step.reason(incident), deliverAt(official, incident.severity(), now)));
						any = true;
					}
				}
				if (any) {
					told.add(official.id());
				}
			}
			notes.add(told.isEmpty()
					? "step %d (%s, %s): no reachable official with this role for district %s".formatted(i, step.role(),
							step.reason(incident), incident.districtId())
					: "step %d (%s, %s): %s".formatted(i, step.role(), step.reason(incident), String.join(", ", told)));
		}
		return new EscalationPlan(done.isEmpty() ? incident : incident.withStepsDone(done), List.copyOf(notices),
				List.copyOf(notes));
	}

	/**
	 * A short notice ({@link NoticeKind#RECOVERY} or {@link NoticeKind#RETURNED}) to each
	 * official already told, on the channels they were told on. Quiet hours hold it like
	 * any non-critical message.
	 */
	public List<PlannedNotice> notices(NoticeKind kind, Incident incident, Map<Official, Set<Channel>> alreadyTold,
			Instant now) {
		if (kind == NoticeKind.ALERT) {
			throw new IllegalArgumentException("alerts are planned by escalate()");
		}
		List<PlannedNotice> notices = new ArrayList<>();
		alreadyTold.forEach((official, channels) -> {
			for (Channel channel : new TreeSet<>(channels)) {
				if (official.reachableBy(channel)) {
					notices
						.add(new PlannedNotice(official, channel, kind, -1, false, kind.name().toLowerCase(), deliverAt(
								official, kind == NoticeKind.RETURNED ? incident.severity() : Severity.INFO, now)));
				}
			}
		});
		return List.copyOf(notices);
	}

	/**
	 * Critical alerts go at once; anything else waits for the end of the official's quiet
	 * hours.
	 */
	public static Instant deliverAt(Official official, Severity severity, Instant now) {
		if (severity == Severity.CRITICAL || official.quietHours() == null) {
			return now;
		}
		return official.quietHours().deliverableFrom(now);
	}

	/**
	 * @param incident the incident with the due steps marked done
	 */
	public record EscalationPlan(Incident incident, List<PlannedNotice> notices, List<String> notes) {

		public boolean isEmpty() {
			return notes.isEmpty();
		}
	}

}
