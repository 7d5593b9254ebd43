package io.cleanair.alert.incident.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;

import io.cleanair.alert.incident.domain.Outcome.Write;
import io.cleanair.core.alerting.Channel;
import io.cleanair.core.alerting.Incident;
import io.cleanair.core.alerting.IncidentLifecycle;
import io.cleanair.core.alerting.IncidentLifecycle.Action;
import io.cleanair.core.alerting.IncidentLifecycle.Decision;
import io.cleanair.core.alerting.NoticeKind;
import io.cleanair.core.alerting.NotificationPlanner;
import io.cleanair.core.alerting.NotificationPlanner.EscalationPlan;
import io.cleanair.core.alerting.Official;
import io.cleanair.core.alerting.PlannedNotice;
import io.cleanair.core.alerting.Route;
import io.cleanair.core.alerting.RoutingPolicy;
import io.cleanair.core.event.AlertSignal;

/**
 * The incident decisions: what a signal, the passing of time or an acknowledgement does
 * to an incident, who is told and when, and what the timeline says. Each returns one
 * {@link Outcome}; nothing is stored here.
 */
public final class IncidentDecisions {

	private final IncidentLifecycle lifecycle;

	private final NotificationPlanner planner;

	private final RoutingPolicy policy;

	private final Duration recoveryNoticeDelay;

	/**
	 * @param recoveryNoticeDelay recovery notices wait this long, so that a reopening
	 * soon after withdraws them (nobody hears "recovered" and "back" in turn)
	 */
	public IncidentDecisions(IncidentLifecycle lifecycle, NotificationPlanner planner, RoutingPolicy policy,
			Duration recoveryNoticeDelay) {
		this.lifecycle = lifecycle;
		this.planner = planner;
		this.policy = policy;
		this.recoveryNoticeDelay = recoveryNoticeDelay;
	}

	/**
	 * A signal joins, opens, resolves or reopens the condition's incident.
	 * @param latest the condition's newest incident, or null
	 * @param latestFigures the figures stored with it (shown in recovery notices)
	 */
	public Outcome onSignal(Incident latest, Map<String, Double> latestFigures, AlertSignal signal, Audience audience,
			Instant now) {
		Decision decision = lifecycle.onSignal(latest, signal, now);
		Incident incident = decision.incident();
		List<TimelineEvent> events = new ArrayList<>();
		if (decision.action() == Action.IGNORED) {
			if (incident != null) {
				events.add(new TimelineEvent.SignalIgnored(signal.eventId(), signal.severity(), decision.note()));
			}
			return new Outcome(Action.IGNORED, incident, Write.NONE, null, events, List.of(), List.of(), null, null);
		}
		boolean recovered = signal.type() == AlertSignal.SignalType.RECOVERED;
		Write write = decision.action() == Action.OPENED ? Write.INSERT : Write.UPDATE;
		Map<String, Double> stored = write == Write.UPDATE && recovered ? null : signal.figures();
		Map<String, Double> shown = recovered ? (latestFigures == null ? Map.of() : latestFigures) : signal.figures();
		events.add(new TimelineEvent.SignalApplied(decision.action(), signal.eventId(), signal.severity(),
				decision.note()));
		List<Withdrawal> withdrawals = new ArrayList<>();
		List<PlannedNotice> notices = new ArrayList<>();
		Incident next = incident;
		UUID answering = signal.eventId();
		switch (decision.action()) {
			case RESOLVED -> {
				resolve(incident, audience, now, events, withdrawals, notices);
				answering = null;
			}
			case REOPENED -> {
				reopen(incident, audience, now, events, withdrawals, notices);
				next = escalate(incident, audience, now, events, notices);
				answering = null;
			}
			default -> next = escalate(incident, audience, now, events, notices);
		}
		return new Outcome(decision.action(), next, write, stored, events, withdrawals, notices, shown, answering);
	}

	/**
	 * The route's steps that came due for an open incident; {@link Write#NONE} when none
	 * did.
	 */
	public Outcome escalateDue(Incident incident, Map<String, Double> figures, Audience audience, Instant now) {
		List<TimelineEvent> events = new ArrayList<>();
		List<PlannedNotice> notices = new ArrayList<>();
		Incident next = escalate(incident, audience, now, events, notices);
		return new Outcome(Action.UPDATED, next, next == incident ? Write.NONE : Write.UPDATE, null, events, List.of(),
				notices, figures, null);
	}

	/**
	 * An official acknowledges; escalation waiting for an acknowledgement stops.
	 * {@link Action#IGNORED} when it changes nothing.
	 * @param via how the acknowledgement came (which key), for the timeline
	 */
	public Outcome acknowledge(Incident incident, String officialId, String via, Instant now) {
		Decision decision = lifecycle.acknowledge(incident, officialId, now);
		if (decision.action() == Action.IGNORED) {
			return new Outcome(Action.IGNORED, decision.incident(), Write.NONE, null,
					List.of(new TimelineEvent.AcknowledgementIgnored(officialId, decision.note())), List.of(),
					List.of(), null, null);
		}
		return new Outcome(decision.action(), decision.incident(), Write.UPDATE, null,
				List.of(new TimelineEvent.Acknowledged(officialId, decision.note(), via)), List.of(), List.of(), null,
				null);
	}

	/**
	 * Held alerts are withdrawn; those told of the incident (or about to be) hear it is
	 * over.
	 */
	private void resolve(Incident incident, Audience audience, Instant now, List<TimelineEvent> events,
			List<Withdrawal> withdrawals, List<PlannedNotice> notices) {
		List<PastNotice> past = audience.notices(incident.id());
		Predicate<PastNotice> held = n -> n.kind() == NoticeKind.ALERT && n.pending() && n.notBefore().isAfter(now);
		long withdrawn = past.stream().filter(held).count();
		if (withdrawn > 0) {
			withdrawals.add(new Withdrawal(NoticeKind.ALERT, false,
					"withdrawn: the incident resolved while the alert was held"));
			events.add(new TimelineEvent.Withdrawn(NoticeKind.ALERT, (int) withdrawn));
		}
		Map<Official, Set<Channel>> told = told(past, NoticeKind.ALERT, held.negate(), audience);
		Instant earliest = now.plus(recoveryNoticeDelay);
		List<PlannedNotice> recovery = planner.notices(NoticeKind.RECOVERY, incident, told, now)
			.stream()
			.map(n -> n.deliverAt().isBefore(earliest) ? new PlannedNotice(n.official(), n.channel(), n.kind(),
					n.step(), n.escalation(), n.reason(), earliest) : n)
			.toList();
		notices.addAll(recovery);
		if (!recovery.isEmpty()) {
			events.add(new TimelineEvent.RecoveryNoticed(told.keySet().stream().map(Official::id).toList()));
		}
	}

	/**
	 * Reopened within the cooldown: recovery notices not yet sent are withdrawn; those
	 * who did hear "recovered" are told it is back.
	 */
	private void reopen(Incident incident, Audience audience, Instant now, List<TimelineEvent> events,
			List<Withdrawal> withdrawals, List<PlannedNotice> notices) {
		List<PastNotice> past = audience.notices(incident.id());
		long withdrawn = past.stream().filter(n -> n.kind() == NoticeKind.RECOVERY && n.pending()).count();
		if (withdrawn > 0) {
			withdrawals.add(new Withdrawal(NoticeKind.RECOVERY, true,
					"withdrawn: the incident reopened before the recovery notice went out"));
			events.add(new TimelineEvent.Withdrawn(NoticeKind.RECOVERY, (int) withdrawn));
		}
		Map<Official, Set<Channel>> toldRecovered = told(past, NoticeKind.RECOVERY, n -> !n.pending(), audience);
		notices.addAll(planner.notices(NoticeKind.RETURNED, incident, toldRecovered, now));
	}

	/** Carries out the route's due steps; returns the incident with its steps done. */
	private Incident escalate(Incident incident, Audience audience, Instant now, List<TimelineEvent> events,
			List<PlannedNotice> notices) {
		Route route = policy.routeFor(incident.districtId(), incident.type());
		EscalationPlan plan = planner.escalate(incident, route, audience.ofDistrict(incident.districtId()), now);
		if (plan.isEmpty()) {
			return incident;
		}
		notices.addAll(plan.notices());
		plan.notes().forEach(note -> events.add(new TimelineEvent.Notified(note)));
		plan.notices()
			.stream()
			.filter(n -> n.held(now))
			.map(n -> n.official().id())
			.distinct()
			.forEach(id -> events.add(new TimelineEvent.Held(id,
					plan.notices()
						.stream()
						.filter(n -> n.official().id().equals(id))
						.findFirst()
						.orElseThrow()
						.deliverAt())));
		return plan.incident();
	}

	/**
	 * The officials told (or about to be told) something of this kind, with the channels,
	 * in the order of their ids: sent or pending notices that stay, emails standing in
	 * for failed SMS among them.
	 */
	private static Map<Official, Set<Channel>> told(List<PastNotice> past, NoticeKind kind, Predicate<PastNotice> stays,
			Audience audience) {
		Map<String, Set<Channel>> byId = new TreeMap<>();
		past.stream()
			.filter(n -> n.kind() == kind && n.state() != PastNotice.State.CLOSED && stays.test(n))
			.forEach(n -> byId.computeIfAbsent(n.officialId(), k -> EnumSet.noneOf(Channel.class)).add(n.channel()));
		Map<Official, Set<Channel>> told = new LinkedHashMap<>();
		byId.forEach((id, channels) -> audience.find(id).ifPresent(o -> told.put(o, channels)));
		return told;
	}

}
