package io.cleanair.alert.notification;

import java.time.Clock;
import java.util.List;

import io.cleanair.alert.config.AlertProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the outbox holds. Rows are locked with {@code FOR UPDATE SKIP LOCKED} while they are sent,
 * so several instances never send the same notification twice; a restart picks up what was pending.
 */
@Component
class NotificationDispatcher {

	static final int MAX_ATTEMPTS = 5;

	private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);

	private final NotificationRepository repository;

	private final JavaMailSender mail;

	private final TransactionTemplate transaction;

	private final AlertProperties properties;

	private final Clock clock;

	NotificationDispatcher(NotificationRepository repository, JavaMailSender mail, TransactionTemplate transaction,
			AlertProperties properties, Clock clock) {
		this.repository = repository;
		this.mail = mail;
		this.transaction = transaction;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${aq.alert.dispatch-interval:PT5S}")
	void dispatchPending() {
		Integer sent;
		do {
			sent = transaction.execute(status -> sendBatch(repository.lockPending(MAX_ATTEMPTS, 50)));
		}
		while (sent != null && sent > 0);
	}

	private int sendBatch(List<Notification> batch) {
		for (Notification n : batch) {
			try {
				SimpleMailMessage message = new SimpleMailMessage();
				message.setFrom(properties.mailFrom());
				message.setTo(n.recipient());
				message.setSubject(n.subject());
				message.setText(n.body());
				mail.send(message);
				repository.markSent(n.id(), "accepted by SMTP server", clock.instant());
			}
			catch (MailException e) {
				log.warn("Sending notification {} to {} failed: {}", n.id(), n.recipient(), e.getMessage());
				repository.markFailed(n.id(), e.getMessage());
			}
		}
		return batch.size();
	}
}
