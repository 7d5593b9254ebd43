package io.cleanair.alert.delivery.web;

import io.cleanair.problems.Identifier;
import java.time.OffsetDateTime;
import java.util.UUID;

import io.cleanair.alert.delivery.Notification;
import io.cleanair.alert.delivery.NotificationRepository;
import io.cleanair.alert.official.ReadScope;
import io.cleanair.core.alerting.Channel;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * {@code GET /api/v1/notifications} parameters; absent filters match any;
 * {@code from}/{@code to} bound the creation time.
 */
record NotificationQuery(UUID incidentId, @Identifier String officialId, Channel channel, Notification.Status status,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to, @Min(1) @Max(1000) Integer limit) {

	int limitOrDefault() {
		return limit == null ? 100 : limit;
	}

	/** The filter, within what the caller may read. */
	NotificationRepository.Filter filter(ReadScope scope) {
		return new NotificationRepository.Filter(incidentId, officialId, channel, status,
				from == null ? null : from.toInstant(), to == null ? null : to.toInstant(), scope.districts(),
				scope.official());
	}
}
