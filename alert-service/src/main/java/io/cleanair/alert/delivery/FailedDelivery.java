package io.cleanair.alert.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.cleanair.alert.config.AlertProperties;
import io.cleanair.alert.delivery.ChannelFallback.Carrier;
import io.cleanair.alert.delivery.channel.DeliveryException;
import io.cleanair.core.alerting.IncidentStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What becomes of a notification whose dispatch failed, in the dispatching transaction:
 * <ul>
 * <li>an email is tried again with doubling back-off until {@code max-attempts};</li>
 * <li>an SMS still worth sending (its incident open and unacknowledged, stored less than
 * {@code resend-within} ago, the failure not permanent) waits for the gateway to come
 * back, while the recipient's next channel carries the notice;</li>
 * <li>a notification that failed for good is {@code FELL_BACK} when another channel
 * carries the notice, else {@code FAILED}; when no channel is left, the duty officer is
 * told and {@code aq.alert.undelivered} counts it.</li>
 * </ul>
 */
@Component
class FailedDelivery {

	private static final Logger log = LoggerFactory.getLogger(FailedDelivery.class);

	private final NotificationRepository repository;

	private final ChannelFallback fallback;

	private final DutyOfficer dutyOfficer;

	private final NoticeSubjects subjects;

	private final DeliveryMetrics metrics;

	private final AlertProperties.Dispatch settings;

	private final Duration resendWithin;

	private final Duration smsCircuitWait;

	FailedDelivery(NotificationRepository repository, ChannelFallback fallback, DutyOfficer dutyOfficer,
			NoticeSubjects subjects, DeliveryMetrics metrics, AlertProperties properties) {
		this.repository = repository;
		this.fallback = fallback;
		this.dutyOfficer = dutyOfficer;
		this.subjects = subjects;
		this.metrics = metrics;
		this.settings = properties.dispatch();
		this.resendWithin = properties.fallback().resendWithin();
		this.smsCircuitWait = properties.resilienceOf("sms").circuitBreaker().waitInOpenState();
	}

	/** Whether a notice is still worth sending again. */
	enum Relevance {

		RELEVANT,

		/** Its incident was acknowledged or resolved meanwhile. */
		SETTLED,

		/** Stored longer than {@code resend-within} ago. */
		STALE

	}

	Relevance relevance(Notification n, Instant now) {
		if (!n.createdAt().plus(resendWithin).isAfter(now)) {
			return Relevance.STALE;
		}
		if (n.incidentId() == null) {
			return Relevance.RELEVANT;
		}
		return subjects.find(n.incidentId())
			.filter(s -> s.incident().status() == IncidentStatus.OPEN)
			.map(s -> Relevance.RELEVANT)
			.orElse(Relevance.SETTLED);
	}

	void email(Notification n, DeliveryException e, int attempts, Instant now) {
		String reason = e.kind() + ": " + e.getMessage();
		if (e.kind() == DeliveryException.Kind.PERMANENT || attempts >= settings.maxAttempts()) {
			log.warn("Email {} to {} failed for good after {} attempt(s): {}", n.id(), n.recipient(), attempts,
					e.getMessage());
			failedForGood(n, e.provider(), reason, attempts, now);
			return;
		}
		Instant retryAt = now.plus(backoff(Math.max(attempts, 1)));
		log.info("Email {} to {} failed ({}), next attempt at {}", n.id(), n.recipient(), e.getMessage(), retryAt);
		repository.markRetry(n.id(), e.provider(), reason, attempts, retryAt, now);
		metrics.record(n.channel(), DeliveryMetrics.Outcome.RETRYING);
	}

	/**
	 * @param gatewayMayReturn false when no SMS provider is configured
	 */
	void sms(Notification n, DeliveryException e, int attempts, boolean gatewayMayReturn, Instant now) {
		String reason = e.kind() + ": " + e.getMessage();
		if (e.kind() == DeliveryException.Kind.PERMANENT || !gatewayMayReturn
				|| relevance(n, now) != Relevance.RELEVANT) {
			failedForGood(n, e.provider(), reason, attempts, now);
			return;
		}
		Carrier carrier = fallback.carrierFor(n, now);
		if (carrier instanceof Carrier.Nobody) {
			failedForGood(n, e.provider(), reason, attempts, now);
			return;
		}
		Instant again = now.plus(smsCircuitWait);
		log.warn("SMS {} to {} not sent ({}); {}; sent again when the gateway is back", n.id(), n.recipient(), reason,
				describe(carrier));
		repository.markRetry(n.id(), e.provider(),
				reason + "; " + describe(carrier) + "; sent again when the SMS gateway is back (from " + again + ")",
				attempts, again, now);
		metrics.record(n.channel(), DeliveryMetrics.Outcome.RETRYING);
	}

	/** Not sent, and not to be tried on this channel again. */
	void failedForGood(Notification n, String provider, String reason, int attempts, Instant now) {
		Carrier carrier = fallback.carrierFor(n, now);
		if (carrier instanceof Carrier.Nobody) {
			undelivered(n, provider, reason, attempts, now);
			return;
		}
		boolean carried = carrier instanceof Carrier.Sent || carrier instanceof Carrier.Fallback;
		repository.markFinal(n.id(), carried ? Notification.Status.FELL_BACK : Notification.Status.FAILED, provider,
				reason + "; " + describe(carrier), attempts, now);
		metrics.record(n.channel(), carried ? DeliveryMetrics.Outcome.FELL_BACK : DeliveryMetrics.Outcome.FAILED);
	}

	private void undelivered(Notification n, String provider, String reason, int attempts, Instant now) {
		List<String> told = dutyOfficer.tell(n, reason, now);
		String outcome = told.isEmpty() ? "undelivered: no channel left, no duty officer to tell"
				: "undelivered: no channel left; duty officer " + String.join(", ", told) + " told";
		log.error("{} {} to {} ({}): {}; {}", n.channel(), n.id(), n.officialId(), n.kind(), reason, outcome);
		repository.markFinal(n.id(), Notification.Status.FAILED, provider, reason + "; " + outcome, attempts, now);
		metrics.record(n.channel(), DeliveryMetrics.Outcome.FAILED);
		metrics.undelivered(n.kind());
	}

	private static String describe(Carrier carrier) {
		if (carrier instanceof Carrier.Sent s) {
			return "delivered by " + name(s.by());
		}
		if (carrier instanceof Carrier.Fallback f) {
			return "fell back to " + name(f.by());
		}
		if (carrier instanceof Carrier.Untried u) {
			return name(u.by()) + " may still carry it";
		}
		return "no channel left";
	}

	private static String name(Notification n) {
		return n.channel().name().toLowerCase(java.util.Locale.ROOT) + " " + n.id();
	}

	private Duration backoff(int attempts) {
		Duration d = settings.retryBackoff().multipliedBy(1L << Math.min(attempts - 1, 20));
		return d.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : d;
	}

}
