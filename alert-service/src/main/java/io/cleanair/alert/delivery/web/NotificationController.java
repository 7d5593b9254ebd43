package io.cleanair.alert.delivery.web;

import java.util.List;

import io.cleanair.alert.delivery.DeliveryAttempts;
import io.cleanair.alert.delivery.NotificationRepository;
import io.cleanair.alert.official.AcknowledgementPolicy;
import io.cleanair.alert.official.ReadScopes;
import io.cleanair.security.ApiPrincipal;
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

	private final ReadScopes scopes;

	NotificationController(NotificationRepository repository, DeliveryAttempts attempts, ReadScopes scopes) {
		this.repository = repository;
		this.attempts = attempts;
		this.scopes = scopes;
	}

	/**
	 * Within the caller's read scope; recipients' addresses only for the admin key.
	 */
	@GetMapping("/api/v1/notifications")
	Mono<List<NotificationView>> recent(@Valid NotificationQuery query) {
		return ApiPrincipal.current()
			.switchIfEmpty(Mono.error(AcknowledgementPolicy::noKey))
			.map(scopes::of)
			.flatMap(scope -> Mono
				.fromCallable(() -> NotificationView.of(repository.search(query.filter(scope), query.limitOrDefault()),
						attempts, scope.contacts()))
				.subscribeOn(Schedulers.boundedElastic()));
	}

}
