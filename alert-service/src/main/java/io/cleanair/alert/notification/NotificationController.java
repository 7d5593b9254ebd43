package io.cleanair.alert.notification;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebInputException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** {@code GET /api/v1/notifications}: the audit trail, newest first. */
@RestController
class NotificationController {

	private final NotificationRepository repository;

	NotificationController(NotificationRepository repository) {
		this.repository = repository;
	}

	@GetMapping("/api/v1/notifications")
	Mono<List<Notification>> recent(@RequestParam(defaultValue = "100") int limit) {
		if (limit < 1 || limit > 1000) {
			throw new ServerWebInputException("parameter 'limit' must be between 1 and 1000");
		}
		return Mono.fromCallable(() -> repository.recent(limit)).subscribeOn(Schedulers.boundedElastic());
	}
}
