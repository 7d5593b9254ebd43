package io.cleanair.alert.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.cleanair.alert.delivery.channel.Delivery;
import io.cleanair.alert.delivery.channel.DeliveryException;
import io.cleanair.alert.delivery.channel.EmailChannel;
import io.cleanair.alert.delivery.channel.SmsChannel;
import io.cleanair.alert.config.AlertProperties;
import io.cleanair.core.alerting.Channel;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the outbox holds, one notification per transaction: the row is locked with
 * {@code FOR UPDATE SKIP LOCKED} while it is sent and its outcome recorded, so several
 * dispatchers (threads or instances) never send the same notification twice, and a
 * restart picks up whatever is still pending. Delivery is at least once only in one case:
 * a crash between the provider accepting a message and the commit of its outcome.
 * <ul>
 * <li>email: a failed attempt is retried later with doubling back-off until
 * {@code max-attempts};</li>
 * <li>SMS: when it cannot be sent (circuit open, retries exhausted, rejected) an email
 * carries the notice instead, and the SMS is marked {@code FELL_BACK} with the reason; a
 * rate-limited SMS waits its turn.</li>
 * </ul>
 */
@Component
public class NotificationDispatcher {

	private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);

	private final NotificationRepository repository;

	private final EmailChannel email;

	private final SmsChannel sms;

	private final EmailFallback fallback;

	private final TransactionTemplate transaction;

	private final AlertProperties.Dispatch settings;

	private final Clock clock;

	private final DeliveryMetrics metrics;

	private final DeliveryAttempts attempts;

	/**
	 * Per channel lanes, so that a slow SMTP server never holds up an SMS (and the other
	 * way round).
	 */
	private final ExecutorService lanes;

	private final Map<Channel, AtomicBoolean[]> queued = new EnumMap<>(Channel.class);

	NotificationDispatcher(NotificationRepository repository, EmailChannel email, SmsChannel sms,
			EmailFallback fallback, TransactionTemplate transaction, AlertProperties properties, Clock clock,
			DeliveryMetrics metrics, DeliveryAttempts attempts) {
		this.repository = repository;
		this.email = email;
		this.sms = sms;
		this.fallback = fallback;
		this.transaction = transaction;
		this.settings = properties.dispatch();
		this.clock = clock;
		this.metrics = metrics;
		this.attempts = attempts;
		int workers = settings.workersPerChannel();
		AtomicInteger n = new AtomicInteger();
		this.lanes = Executors.newFixedThreadPool(workers * Channel.values().length, r -> {
			Thread t = new Thread(r, "dispatch-" + n.getAndIncrement());
			t.setDaemon(true);
			return t;
		});
		for (Channel channel : Channel.values()) {
			AtomicBoolean[] flags = new AtomicBoolean[workers];
			for (int i = 0; i < workers; i++) {
				flags[i] = new AtomicBoolean();
			}
			queued.put(channel, flags);
		}
	}

	/**
	 * Asks for a dispatch run soon, on a thread of its own; several requests coalesce
	 * into one run.
	 */
	public void wake() {
		if (!settings.enabled()) {
			return;
		}
		queued.forEach((channel, flags) -> {
			for (AtomicBoolean flag : flags) {
				if (flag.compareAndSet(false, true)) {
					lanes.execute(() -> {
						flag.set(false);
						drain(channel);
					});
				}
			}
		});
	}

	@Scheduled(fixedDelayString = "${aq.alert.dispatch-interval:PT5S}")
	void scheduled() {
		if (settings.enabled()) {
			dispatchPending();
		}
	}

	/**
	 * Sends every notification that is due, on this thread; returns how many were
	 * handled.
	 */
	public int dispatchPending() {
		return drain(null);
	}

	/** Sends what is due on one channel (null: any), until nothing is due. */
	private int drain(Channel only) {
		int handled = 0;
		try {
			while (Boolean.TRUE.equals(transaction.execute(status -> dispatchOne(only)))) {
				handled++;
			}
		}
		catch (RuntimeException e) {
			log.warn("Dispatching stopped after {} notification(s): {}", handled, e.toString());
		}
		return handled;
	}

	private boolean dispatchOne(Channel only) {
		Optional<Notification> next = repository.lockNextDue(clock.instant(), only);
		if (next.isEmpty()) {
			return false;
		}
		Notification n = next.get();
		switch (n.channel()) {
			case EMAIL -> sendEmail(n);
			case SMS -> sendSms(n);
		}
		return true;
	}

	private void sendEmail(Notification n) {
		DeliveryAttempts.Log tries = attempts.logFor(n);
		try {
			Delivery d = email.send(n.message(), tries);
			repository.markSent(n.id(), d.provider(), d.answer(), tries.attempts(), clock.instant());
			metrics.record(Channel.EMAIL, DeliveryMetrics.Outcome.SENT);
		}
		catch (DeliveryException e) {
			Instant now = clock.instant();
			int made = tries.attempts();
			if (e.kind() == DeliveryException.Kind.PERMANENT || made >= settings.maxAttempts()) {
				log.warn("Email {} to {} failed for good after {} attempt(s): {}", n.id(), n.recipient(), made,
						e.getMessage());
				repository.markFinal(n.id(), Notification.Status.FAILED, e.provider(), e.kind() + ": " + e.getMessage(),
						made, now);
				metrics.record(Channel.EMAIL, DeliveryMetrics.Outcome.FAILED);
			}
			else {
				Instant retryAt = now.plus(backoff(Math.max(made, 1)));
				log.info("Email {} to {} failed ({}), next attempt at {}", n.id(), n.recipient(), e.getMessage(),
						retryAt);
				repository.markRetry(n.id(), e.provider(), e.kind() + ": " + e.getMessage(), made, retryAt, now);
				metrics.record(Channel.EMAIL, DeliveryMetrics.Outcome.RETRYING);
			}
		}
	}

	private void sendSms(Notification n) {
		DeliveryAttempts.Log tries = attempts.logFor(n);
		try {
			Delivery d = sms.send(n.message(), tries);
			repository.markSent(n.id(), d.provider(), d.answer(), tries.attempts(), clock.instant());
			metrics.record(Channel.SMS, DeliveryMetrics.Outcome.SENT);
		}
		catch (DeliveryException e) {
			Instant now = clock.instant();
			if (e.kind() == DeliveryException.Kind.THROTTLED) {
				repository.defer(n.id(), "THROTTLED: " + e.getMessage(), now.plus(settings.throttledDelay()), now);
				metrics.record(Channel.SMS, DeliveryMetrics.Outcome.THROTTLED);
				return;
			}
			String reason = e.kind() + ": " + e.getMessage();
			Optional<Notification> mail = fallback.emailFor(n, now);
			if (mail.isPresent()) {
				log.warn("SMS {} to {} not sent ({}); email {} carries it", n.id(), n.recipient(), reason,
						mail.get().id());
				repository.markFinal(n.id(), Notification.Status.FELL_BACK, e.provider(),
						reason + "; fell back to email " + mail.get().id(), tries.attempts(), now);
				metrics.record(Channel.SMS, DeliveryMetrics.Outcome.FELL_BACK);
			}
			else {
				repository.markFinal(n.id(), Notification.Status.FAILED, e.provider(),
						reason + "; no email address to fall back to", tries.attempts(), now);
				metrics.record(Channel.SMS, DeliveryMetrics.Outcome.FAILED);
			}
		}
	}

	private Duration backoff(int attempts) {
		Duration d = settings.retryBackoff().multipliedBy(1L << Math.min(attempts - 1, 20));
		return d.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : d;
	}

	@PreDestroy
	void stop() {
		lanes.shutdownNow();
	}

}
