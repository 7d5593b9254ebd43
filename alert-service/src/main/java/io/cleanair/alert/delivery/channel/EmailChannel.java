package io.cleanair.alert.delivery.channel;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;

import io.cleanair.alert.config.AlertProperties;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Email over SMTP: a plain-text body and, when there is one, an HTML alternative; UTF-8.
 */
public final class EmailChannel {

	private final JavaMailSender mail;

	private final String from;

	private final ChannelResilience resilience;

	private final ExecutorService executor;

	public EmailChannel(JavaMailSender mail, AlertProperties properties, ChannelResilience resilience,
			ExecutorService executor) {
		this.mail = mail;
		this.from = properties.mailFrom();
		this.resilience = resilience;
		this.executor = executor;
	}

	public Delivery send(OutgoingMessage n) {
		return send(n, a -> {
		});
	}

	/** Sends, telling {@code attempts} of every try (retries and refusals included). */
	public Delivery send(OutgoingMessage n, Consumer<Attempt> attempts) {
		return resilience.call(() -> CompletableFuture.supplyAsync(() -> sendNow(n), executor), attempts);
	}

	public ChannelResilience resilience() {
		return resilience;
	}

	private Delivery sendNow(OutgoingMessage n) {
		try {
			MimeMessage message = mail.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
			helper.setFrom(from);
			helper.setTo(n.recipient());
			helper.setSubject(n.subject());
			if (n.htmlBody() != null) {
				// multipart/alternative: plain text first, the HTML rendering last
				// (preferred by mail readers)
				MimeBodyPart text = new MimeBodyPart();
				text.setText(n.body(), "UTF-8");
				MimeBodyPart html = new MimeBodyPart();
				html.setContent(n.htmlBody(), "text/html; charset=UTF-8");
				MimeMultipart alternative = new MimeMultipart("alternative");
				alternative.addBodyPart(text);
				alternative.addBodyPart(html);
				message.setContent(alternative);
			}
			else {
				helper.setText(n.body());
			}
			message.setHeader("X-AQ-Notification", n.id().toString());
			message.setHeader("X-AQ-Idempotency-Key", n.idempotencyKey());
			mail.send(message);
			return new Delivery("smtp", "accepted by SMTP server");
		}
		catch (MailAuthenticationException | MailParseException | MailPreparationException e) {
			throw new DeliveryException(DeliveryException.Kind.PERMANENT, "smtp", e.getMessage(), e);
		}
		catch (MessagingException e) {
			throw new DeliveryException(DeliveryException.Kind.PERMANENT, "smtp", "bad message: " + e.getMessage(), e);
		}
		catch (MailException e) {
			throw new DeliveryException(DeliveryException.Kind.TRANSIENT, "smtp", e.getMessage(), e);
		}
	}

}
