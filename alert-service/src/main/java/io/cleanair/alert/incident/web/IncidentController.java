package io.cleanair.alert.incident.web;

import io.cleanair.problems.FreeText;
import io.cleanair.problems.Identifier;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.cleanair.alert.delivery.DeliveryAttempts;
import io.cleanair.alert.delivery.Outbox;
import io.cleanair.alert.delivery.web.NotificationView;
import io.cleanair.alert.incident.AcknowledgeIncident;
import io.cleanair.alert.incident.IncidentQueries;
import io.cleanair.alert.incident.TimelineEntry;
import io.cleanair.alert.official.AcknowledgementPolicy;
import io.cleanair.alert.official.ReadScope;
import io.cleanair.alert.official.ReadScopes;
import io.cleanair.core.alerting.Incident;
import io.cleanair.core.alerting.IncidentStatus;
import io.cleanair.core.event.AlertSignal.SignalType;
import io.cleanair.problems.ApiProblem;
import io.cleanair.security.ApiPrincipal;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Incidents: the list with filters, one with its timeline and notifications, and
 * acknowledgement.
 */
@RestController
@RequestMapping("/api/v1/incidents")
class IncidentController {

	private final IncidentQueries incidents;

	private final AcknowledgeIncident acknowledgements;

	private final Outbox notifications;

	private final AcknowledgementPolicy policy;

	private final DeliveryAttempts attempts;

	private final ReadScopes scopes;

	IncidentController(IncidentQueries incidents, AcknowledgeIncident acknowledgements, Outbox notifications,
			AcknowledgementPolicy policy, DeliveryAttempts attempts, ReadScopes scopes) {
		this.attempts = attempts;
		this.scopes = scopes;
		this.incidents = incidents;
		this.acknowledgements = acknowledgements;
		this.notifications = notifications;
		this.policy = policy;
	}

	/** The incidents of the caller's districts. */
	@GetMapping
	Mono<List<IncidentView>> list(@Valid IncidentQuery query) {
		return scope().flatMap(scope -> blocking(() -> incidents.search(query.filter(scope), query.limitOrDefault())
			.stream()
			.map(s -> IncidentView.of(s.incident(), s.figures(), null, null))
			.toList()));
	}

	/**
	 * One incident; 404 for an incident outside the caller's districts (whether it exists
	 * is not told), recipients' addresses only for the admin key.
	 */
	@GetMapping("/{id}")
	Mono<IncidentView> get(@PathVariable UUID id) {
		return scope().flatMap(scope -> blocking(() -> incidents.find(id)
			.filter(s -> scope.sees(s.incident().districtId()))
			.map(s -> IncidentView.of(s.incident(), s.figures(), incidents.timeline(id),
					NotificationView.of(notifications.forIncident(id), attempts, scope.contacts())))
			.orElseThrow(() -> ApiProblem.notFound("no incident " + id))));
	}

	private Mono<ReadScope> scope() {
		return ApiPrincipal.current().switchIfEmpty(Mono.error(AcknowledgementPolicy::noKey)).map(scopes::of);
	}

	/** Acknowledges with the caller's key, as {@link AcknowledgementPolicy} allows. */
	@PostMapping("/{id}/ack")
	Mono<AckView> acknowledge(@PathVariable UUID id, @Valid @RequestBody(required = false) AckRequest body) {
		return ApiPrincipal.current()
			.switchIfEmpty(Mono.error(AcknowledgementPolicy::noKey))
			.map(caller -> policy.actingFor(caller, body == null ? null : body.officialId(),
					body == null ? null : body.note()))
			.flatMap(acting -> blocking(() -> acknowledge(id, acting)));
	}

	private AckView acknowledge(UUID id, AcknowledgementPolicy.Acting acting) {
		Incident incident = incidents.find(id).orElseThrow(() -> ApiProblem.notFound("no incident " + id)).incident();
		// an official of another district gets 403 here: acknowledging tells nothing the
		// alert did not
		policy.mayAcknowledge(acting.officialId(), incident.districtId());
		AcknowledgeIncident.AckResult result = acknowledgements.acknowledge(id, acting.officialId(), acting.via());
		if (result.outcome() == AcknowledgeIncident.AckResult.Outcome.NOT_FOUND) {
			throw ApiProblem.notFound(result.note());
		}
		if (result.outcome() == AcknowledgeIncident.AckResult.Outcome.UNCHANGED
				&& result.incident().status() == IncidentStatus.RESOLVED) {
			throw ApiProblem.conflict("incident " + id + " is already resolved");
		}
		return new AckView(result.outcome().name(), result.note(),
				IncidentView.of(result.incident(), Map.of(), null, null));
	}

	private static <T> Mono<T> blocking(java.util.concurrent.Callable<T> call) {
		return Mono.fromCallable(call).subscribeOn(Schedulers.boundedElastic());
	}

	record AckRequest(@Identifier String officialId, @FreeText String note) {
	}

	record AckView(String outcome, String note, IncidentView incident) {
	}

	/**
	 * An incident as the API shows it; timeline and notifications only for a single
	 * incident.
	 */
	record IncidentView(UUID id, String deduplicationKey, SignalType type, String districtId, String stationId,
			String pollutant, String severity, IncidentStatus status, String summary, Map<String, Double> figures,
			Instant openedAt, Instant lastSignalAt, Instant acknowledgedAt, String acknowledgedBy, Instant resolvedAt,
			int round, Set<Integer> stepsDone, List<TimelineEntry> timeline, List<NotificationView> notifications) {

		static IncidentView of(Incident i, Map<String, Double> figures, List<TimelineEntry> timeline,
				List<NotificationView> notifications) {
			return new IncidentView(i.id(), i.deduplicationKey(), i.type(), i.districtId(), i.stationId(),
					i.pollutant() == null ? null : i.pollutant().name(), i.severity().name(), i.status(), i.summary(),
					figures, i.openedAt(), i.lastSignalAt(), i.acknowledgedAt(), i.acknowledgedBy(), i.resolvedAt(),
					i.round(), i.stepsDone(), timeline, notifications);
		}
	}

}
