package io.cleanair.alert.incident.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.cleanair.alert.delivery.Outbox;
import io.cleanair.alert.delivery.web.NotificationView;
import io.cleanair.alert.incident.AcknowledgeIncident;
import io.cleanair.alert.incident.IncidentFilter;
import io.cleanair.alert.incident.IncidentQueries;
import io.cleanair.alert.incident.TimelineEntry;
import io.cleanair.alert.official.OfficialDirectory;
import io.cleanair.core.alerting.Incident;
import io.cleanair.core.alerting.IncidentStatus;
import io.cleanair.core.alerting.Official;
import io.cleanair.core.event.AlertSignal.SignalType;
import io.cleanair.security.ApiPrincipal;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebInputException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Incidents: the list with filters, one with its timeline and notifications, and acknowledgement. */
@RestController
@RequestMapping("/api/v1/incidents")
class IncidentController {

	private final IncidentQueries incidents;

	private final AcknowledgeIncident acknowledgements;

	private final Outbox notifications;

	private final OfficialDirectory officials;

	IncidentController(IncidentQueries incidents, AcknowledgeIncident acknowledgements, Outbox notifications,
			OfficialDirectory officials) {
		this.incidents = incidents;
		this.acknowledgements = acknowledgements;
		this.notifications = notifications;
		this.officials = officials;
	}

	@GetMapping
	Mono<List<IncidentView>> list(@RequestParam(required = false) IncidentStatus status,
			@RequestParam(required = false) String district, @RequestParam(required = false) SignalType type,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
			@RequestParam(defaultValue = "100") int limit) {
		if (limit < 1 || limit > 1000) {
			throw new ServerWebInputException("parameter 'limit' must be between 1 and 1000");
		}
		IncidentFilter filter = new IncidentFilter(status, district, type, from == null ? null : from.toInstant(),
				to == null ? null : to.toInstant());
		return blocking(() -> incidents.search(filter, limit)
			.stream()
			.map(s -> IncidentView.of(s.incident(), s.figures(), null, null))
			.toList());
	}

	@GetMapping("/{id}")
	Mono<IncidentView> get(@PathVariable UUID id) {
		return blocking(() -> incidents.find(id)
			.map(s -> IncidentView.of(s.incident(), s.figures(), incidents.timeline(id),
					notifications.forIncident(id).stream().map(NotificationView::of).toList()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no incident " + id)));
	}

	/**
	 * Acknowledges with the caller's key: an official's own key acknowledges for that official (the body
	 * may be empty); the admin key acknowledges on behalf of the official the body names. The official
	 * must answer for the incident's district (or for every district).
	 */
	@PostMapping("/{id}/ack")
	Mono<AckView> acknowledge(@PathVariable UUID id, @RequestBody(required = false) AckRequest body) {
		String named = body == null || body.officialId() == null || body.officialId().isBlank() ? null
				: body.officialId().trim();
		String note = body == null || body.note() == null || body.note().isBlank() ? "" : ": " + body.note().trim();
		return ApiPrincipal.current()
			.switchIfEmpty(Mono.error(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED, "no API key")))
			.flatMap(caller -> {
				if (caller.isAdmin()) {
					if (named == null) {
						return Mono.error(new ServerWebInputException(
								"the admin key acknowledges on an official's behalf: {\"officialId\":\"…\"}"));
					}
					return blocking(() -> acknowledge(id, named, "admin key on the official's behalf" + note));
				}
				if (named != null && !named.equals(caller.owner())) {
					return Mono.error(new ResponseStatusException(HttpStatus.FORBIDDEN,
							"a key acknowledges only for its own official"));
				}
				return blocking(() -> acknowledge(id, caller.owner(), "key " + caller.keyId() + note));
			});
	}

	AckView acknowledge(UUID id, String officialId, String via) {
		Incident incident = incidents.find(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no incident " + id))
			.incident();
		Official official = officials.find(officialId)
			.filter(Official::active)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN, "unknown or inactive official"));
		if (!official.answersFor(incident.districtId())) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN,
					"official " + officialId + " does not answer for district " + incident.districtId());
		}
		AcknowledgeIncident.AckResult result = acknowledgements.acknowledge(id, officialId, via);
		if (result.outcome() == AcknowledgeIncident.AckResult.Outcome.NOT_FOUND) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, result.note());
		}
		if (result.outcome() == AcknowledgeIncident.AckResult.Outcome.UNCHANGED
				&& result.incident().status() == IncidentStatus.RESOLVED) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, "incident " + id + " is already resolved");
		}
		return new AckView(result.outcome().name(), result.note(),
				IncidentView.of(result.incident(), Map.of(), null, null));
	}

	private static <T> Mono<T> blocking(java.util.concurrent.Callable<T> call) {
		return Mono.fromCallable(call).subscribeOn(Schedulers.boundedElastic());
	}

	record AckRequest(String officialId, String note) {
	}

	record AckView(String outcome, String note, IncidentView incident) {
	}

	/** An incident as the API shows it; timeline and notifications only for a single incident. */
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
