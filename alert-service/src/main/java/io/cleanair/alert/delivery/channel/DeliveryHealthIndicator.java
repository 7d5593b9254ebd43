package io.cleanair.alert.delivery.channel;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import io.cleanair.health.HealthProbeProperties;
import io.cleanair.health.ProbedHealthIndicator;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * The {@code delivery} health: UP while at least one channel can deliver, DOWN when none
 * can. Each channel's state is a detail, not a component of its own, so that SMTP down
 * does not take the service out while SMS still works (and the other way round). E-mail
 * can deliver while the SMTP server answers (probed in the background) and its circuit is
 * not open; SMS while a provider is configured and its circuit is not open (providers
 * have no call that costs nothing, so the circuit is the probe).
 */
@Component("deliveryHealthIndicator")
class DeliveryHealthIndicator implements HealthIndicator, MeterBinder, DisposableBean {

	private final EmailChannel email;

	private final SmsChannel sms;

	private final ProbedHealthIndicator smtp;

	DeliveryHealthIndicator(EmailChannel email, SmsChannel sms, JavaMailSenderImpl mail,
			HealthProbeProperties properties) {
		this.email = email;
		this.sms = sms;
		this.smtp = new ProbedHealthIndicator("smtp", () -> smtpAnswers(mail), properties.smtp(), Clock.systemUTC());
	}

	@Override
	public Health health() {
		Health smtpHealth = smtp.health();
		boolean emailUp = Status.UP.equals(smtpHealth.getStatus()) && closed(email.resilience().circuitBreaker());
		boolean smsUp = !"none".equals(sms.providerName()) && closed(sms.resilience().circuitBreaker());
		Map<String, Object> emailDetail = new LinkedHashMap<>();
		emailDetail.put("status", emailUp ? "UP" : "DOWN");
		emailDetail.put("smtp", smtpHealth.getStatus().getCode());
		emailDetail.put("circuit", email.resilience().circuitState().name());
		Map<String, Object> smsDetail = new LinkedHashMap<>();
		smsDetail.put("status", smsUp ? "UP" : "DOWN");
		smsDetail.put("provider", sms.providerName());
		smsDetail.put("circuit", sms.resilience().circuitState().name());
		return Health.status(emailUp || smsUp ? Status.UP : Status.DOWN)
			.withDetail("email", emailDetail)
			.withDetail("sms", smsDetail)
			.build();
	}

	private static boolean closed(CircuitBreaker breaker) {
		return switch (breaker.getState()) {
			case CLOSED, HALF_OPEN, DISABLED, METRICS_ONLY -> true;
			case OPEN, FORCED_OPEN -> false;
		};
	}

	private static Health smtpAnswers(JavaMailSenderImpl mail) {
		try {
			mail.testConnection();
			return Health.up().build();
		}
		catch (MailException | jakarta.mail.MessagingException ex) {
			return Health.down().withDetail("error", ex.getClass().getSimpleName()).build();
		}
	}

	/**
	 * {@code aq.health.dependency{dependency=smtp}}, as for the database and the broker.
	 */
	@Override
	public void bindTo(MeterRegistry registry) {
		smtp.bindTo(registry);
	}

	@Override
	public void destroy() {
		smtp.destroy();
	}

}
