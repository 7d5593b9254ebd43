package io.cleanair.alert.delivery.web;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.cleanair.alert.delivery.Notification;
import io.cleanair.alert.delivery.NotificationRepository;
import io.cleanair.core.alerting.Channel;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebInputException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@code GET /api/v1/notifications}: the audit trail, newest first — recipient, channel, content, time,
 * delivery result and attempts; filters {@code incidentId}, {@code officialId}, {@code channel},
 * {@code status}, {@code from}, {@code to} (creation time).
 */
@RestController
class NotificationController {

	private final NotificationRepository repository;

	NotificationController(NotificationRepository repository) {
		this.repository = repository;
	}

	@GetMapping("/api/v1/notifications")
	Mono<List<NotificationView>> recent(@RequestParam(defaultValue = "100") int limit,
			@RequestParam(required = false) UUID incidentId, @RequestParam(required = false) String officialId,
			@RequestParam(required = false) Channel channel, @RequestParam(required = false) Notification.Status status,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to) {
		if (limit < 1 || limit > 1000) {
			throw new ServerWebInputException("parameter 'limit' must be between 1 and 1000");
		}
		NotificationRepository.Filter filter = new NotificationRepository.Filter(incidentId, officialId, channel, status,
				from == null ? null : from.toInstant(), to == null ? null : to.toInstant());
		return Mono.fromCallable(() -> repository.search(filter, limit).stream().map(NotificationView::of).toList()).subscribeOn(Schedulers.boundedElastic());
	}
}
