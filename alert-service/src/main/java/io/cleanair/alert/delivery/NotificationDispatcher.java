package io.cleanair.alert.delivery;

import java.time.Clock;
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
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the outbox holds, one notification per transaction: the row is locked with
 * {@code FOR UPDATE SKIP LOCKED} while it is sent and its outcome recorded, so several
 * dispatchers (threads or instances) never send the same notification twice, and a
 * restart picks up whatever is still pending. Delivery is at least once only in one case:
 * a crash between the provider accepting a message and the commit of its outcome. What
 * follows a failure is {@link FailedDelivery}'s; a rate-limited SMS waits its turn. When
 * the SMS circuit closes again, the SMS waiting for the gateway are due at once.
 */
@Component
public class NotificationDispatcher {

	private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);

	private final NotificationRepository repository;

	private final EmailChannel email;

	private final SmsChannel sms;

	private final FailedDelivery failures;

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
			FailedDelivery failures, TransactionTemplate transaction, AlertProperties properties, Clock clock,
			DeliveryMetrics metrics, DeliveryAttempts attempts) {
		this.repository = repository;
		this.email = email;
		this.sms = sms;
		this.failures = failures;
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
		sms.resilience().circuitBreaker().getEventPublisher().onStateTransition(event -> {
			if (event.getStateTransition().getToState() == CircuitBreaker.State.CLOSED) {
				gatewayBack();
			}
		});
	}

	/**
	 * The SMS waiting for the gateway are due now; they go once the change is committed
	 * (the circuit closes inside a dispatching transaction).
	 */
	private void gatewayBack() {
		int due;
		try {
			due = repository.resendWaiting(Channel.SMS, clock.instant());
		}
		catch (RuntimeException e) {
			log.warn("SMS circuit closed, but the SMS waiting for the gateway stay as they are: {}", e.toString());
			return;
		}
		if (due == 0) {
			return;
		}
		log.info("SMS circuit closed: {} SMS waiting for the gateway are due", due);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					wake();
				}
			});
		}
		else {
			wake();
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
			failures.email(n, e, tries.attempts(), clock.instant());
		}
	}

	private void sendSms(Notification n) {
		Instant now = clock.instant();
		if (failedBefore(n) && !stillWorthSending(n, now)) {
			return;
		}
		DeliveryAttempts.Log tries = attempts.logFor(n);
		try {
			Delivery d = sms.send(n.message(), tries);
			repository.markSent(n.id(), d.provider(), d.answer(), tries.attempts(), clock.instant());
			metrics.record(Channel.SMS, DeliveryMetrics.Outcome.SENT);
		}
		catch (DeliveryException e) {
			now = clock.instant();
			if (e.kind() == DeliveryException.Kind.THROTTLED) {
				repository.defer(n.id(), "THROTTLED: " + e.getMessage(), now.plus(settings.throttledDelay()), now);
				metrics.record(Channel.SMS, DeliveryMetrics.Outcome.THROTTLED);
				return;
			}
			failures.sms(n, e, tries.attempts(), !(sms.providerName().equals("none")), now);
		}
	}

	private static boolean failedBefore(Notification n) {
		return n.lastResult() != null && !n.lastResult().startsWith("THROTTLED");
	}

	/**
	 * An SMS that failed before and waited for the gateway: withdrawn when its incident
	 * was acknowledged or resolved meanwhile, given up when it is too old.
	 */
	private boolean stillWorthSending(Notification n, Instant now) {
		switch (failures.relevance(n, now)) {
			case SETTLED -> {
				repository.markFinal(n.id(), Notification.Status.CANCELLED, null,
						"not sent again: the incident was acknowledged or resolved meanwhile; " + n.lastResult(),
						n.attempts(), now);
				return false;
			}
			case STALE -> {
				failures.failedForGood(n, null, "not sent again: older than aq.alert.fallback.resend-within",
						n.attempts(), now);
				return false;
			}
			default -> {
				return true;
			}
		}
	}

	@PreDestroy
	void stop() {
		lanes.shutdownNow();
	}

}
