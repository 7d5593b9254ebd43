package io.cleanair.alert.delivery.web;

import java.util.List;

import io.cleanair.alert.delivery.DeliveryAttempts;
import io.cleanair.alert.delivery.NotificationRepository;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@code GET /api/v1/notifications}: the audit trail, newest first — recipient, channel,
 * content, time, delivery result and attempts; filters {@code incidentId},
 * {@code officialId}, {@code channel}, {@code status}, {@code from}, {@code to} (creation
 * time).
 */
@RestController
class NotificationController {

	private final NotificationRepository repository;

	private final DeliveryAttempts attempts;

	NotificationController(NotificationRepository repository, DeliveryAttempts attempts) {
		this.repository = repository;
		this.attempts = attempts;
	}

	@GetMapping("/api/v1/notifications")
	Mono<List<NotificationView>> recent(@Valid NotificationQuery query) {
		return Mono
			.fromCallable(
					() -> NotificationView.of(repository.search(query.filter(), query.limitOrDefault()), attempts))
			.subscribeOn(Schedulers.boundedElastic());
	}

}
