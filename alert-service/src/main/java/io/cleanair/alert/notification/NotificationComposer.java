package io.cleanair.alert.notification;

import java.time.Instant;
import java.util.UUID;

import io.cleanair.alert.official.Official;
import io.cleanair.core.event.AlertSignal;

/** Writes the message an official receives for a signal, in the official's language. */
final class NotificationComposer {

	Notification email(AlertSignal signal, Official official, Instant now) {
		boolean zh = "zh".equalsIgnoreCase(official.language());
		String subject = zh ? "[空气质量预警] %s 区 %s".formatted(signal.districtId(), signal.type())
				: "[Air quality alert] district %s: %s".formatted(signal.districtId(), signal.type());
		String body = """
				%s

				%s: %s
				%s: %s
				%s: %s
				""".formatted(signal.summary(), zh ? "严重程度" : "Severity", signal.severity(),
				zh ? "污染物" : "Pollutant", signal.pollutant(), zh ? "数据" : "Figures", signal.figures());
		return new Notification(UUID.randomUUID(), signal.deduplicationKey(), signal.eventId(), official.id(),
				Notification.Channel.EMAIL, official.email(), subject, body, Notification.Status.PENDING, 0, null, now,
				null);
	}
}
