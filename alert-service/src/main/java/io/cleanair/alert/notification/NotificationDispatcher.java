package io.cleanair.alert.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import io.cleanair.alert.channel.Delivery;
import io.cleanair.alert.channel.DeliveryException;
import io.cleanair.alert.channel.EmailChannel;
import io.cleanair.alert.channel.SmsChannel;
import io.cleanair.alert.config.AlertProperties;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the outbox holds, one notification per transaction: the row is locked with
 * {@code FOR UPDATE SKIP LOCKED} while it is sent and its outcome recorded, so several dispatchers
 * (threads or instances) never send the same notification twice, and a restart picks up whatever is
 * still pending. Delivery is at least once only in one case: a crash between the provider accepting a
 * message and the commit of its outcome.
 * <ul>
 * <li>email: a failed attempt is retried later with doubling back-off until {@code max-attempts};</li>
 * <li>SMS: when it cannot be sent (circuit open, retries exhausted, rejected) an email carries the
 * notice instead, and the SMS is marked {@code FELL_BACK} with the reason; a rate-limited SMS waits
 * its turn.</li>
 * </ul>
 */
@Component
public class NotificationDispatcher {

	private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);

	private final NotificationRepository repository;

	private final EmailChannel email;

	private final SmsChannel sms;

	private final ObjectProvider<EmailFallback> fallback;

	private final TransactionTemplate transaction;

	private final AlertProperties.Dispatch settings;

	private final Clock clock;

	private final ExecutorService waker = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(r, "dispatch-wake");
		t.setDaemon(true);
		return t;
	});

	private final AtomicBoolean wakeQueued = new AtomicBoolean();

	NotificationDispatcher(NotificationRepository repository, EmailChannel email, SmsChannel sms,
			ObjectProvider<EmailFallback> fallback, TransactionTemplate transaction, AlertProperties properties,
			Clock clock) {
		this.repository = repository;
		this.email = email;
		this.sms = sms;
		this.fallback = fallback;
		this.transaction = transaction;
		this.settings = properties.dispatch();
		this.clock = clock;
	}

	/** Asks for a dispatch run soon, on a thread of its own; several requests coalesce into one run. */
	public void wake() {
		if (settings.enabled() && wakeQueued.compareAndSet(false, true)) {
			waker.execute(() -> {
				wakeQueued.set(false);
				dispatchPending();
			});
		}
	}

	@Scheduled(fixedDelayString = "${aq.alert.dispatch-interval:PT5S}")
	void scheduled() {
		if (settings.enabled()) {
			dispatchPending();
		}
	}

	/** Sends every notification that is due; returns how many were handled. */
	public int dispatchPending() {
		int handled = 0;
		try {
			while (Boolean.TRUE.equals(transaction.execute(status -> dispatchOne()))) {
				handled++;
			}
		}
		catch (RuntimeException e) {
			log.warn("Dispatching stopped after {} notification(s): {}", handled, e.toString());
		}
		return handled;
	}

	private boolean dispatchOne() {
		Optional<Notification> next = repository.lockNextDue(clock.instant());
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
		try {
			Delivery d = email.send(n);
			repository.markSent(n.id(), d.provider(), d.answer(), clock.instant());
		}
		catch (DeliveryException e) {
			Instant now = clock.instant();
			int attempts = n.attempts() + 1;
			if (e.kind() == DeliveryException.Kind.PERMANENT || attempts >= settings.maxAttempts()) {
				log.warn("Email {} to {} failed for good after {} attempt(s): {}", n.id(), n.recipient(), attempts,
						e.getMessage());
				repository.markFinal(n.id(), Notification.Status.FAILED, e.provider(),
						e.kind() + ": " + e.getMessage(), true, now);
			}
			else {
				Instant retryAt = now.plus(backoff(attempts));
				log.info("Email {} to {} failed ({}), next attempt at {}", n.id(), n.recipient(), e.getMessage(),
						retryAt);
				repository.markRetry(n.id(), e.provider(), e.kind() + ": " + e.getMessage(), retryAt, now);
			}
		}
	}

	private void sendSms(Notification n) {
		try {
			Delivery d = sms.send(n);
			repository.markSent(n.id(), d.provider(), d.answer(), clock.instant());
		}
		catch (DeliveryException e) {
			Instant now = clock.instant();
			if (e.kind() == DeliveryException.Kind.THROTTLED) {
				repository.defer(n.id(), "THROTTLED: " + e.getMessage(), now.plus(settings.throttledDelay()), now);
				return;
			}
			String reason = e.kind() + ": " + e.getMessage();
			Optional<Notification> mail = fallback.getObject().emailFor(n, now);
			if (mail.isPresent()) {
				log.warn("SMS {} to {} not sent ({}); email {} carries it", n.id(), n.recipient(), reason,
						mail.get().id());
				repository.markFinal(n.id(), Notification.Status.FELL_BACK, e.provider(),
						reason + "; fell back to email " + mail.get().id(), e.kind() != DeliveryException.Kind.UNAVAILABLE,
						now);
			}
			else {
				repository.markFinal(n.id(), Notification.Status.FAILED, e.provider(),
						reason + "; no email address to fall back to", true, now);
			}
		}
	}

	private Duration backoff(int attempts) {
		Duration d = settings.retryBackoff().multipliedBy(1L << Math.min(attempts - 1, 20));
		return d.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : d;
	}

	@PreDestroy
	void stop() {
		waker.shutdownNow();
	}
}
