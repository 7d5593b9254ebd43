package io.cleanair.alert.config;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Everything alert-service is told by configuration ({@code aq.alert.*}).
 *
 * @param mailFrom the sender address of alert emails
 * @param officials officials seeded into the registry at every start (upserted:
 * configuration wins for the ids it names)
 * @param zone the zone times are shown in, in messages
 * @param routing who is told, when, on which channels (see {@link RoutingProperties})
 * @param incidents incident settings
 * @param dispatch the outbox dispatcher
 * @param sms the SMS gateway
 * @param resilience per channel: retry, circuit breaker, rate limiter, time limit
 * @param dutyOfficer the id of the bureau's duty officer, told of every notification no
 * channel could deliver; when blank, the active officials with the
 * {@code BUREAU_DUTY_OFFICER} role answering for the incident's district
 * @param fallback which channel stands in for a failed one, and how long a failed SMS is
 * worth sending again
 */
@Validated
@ConfigurationProperties("aq.alert")
public record AlertProperties(@NotBlank String mailFrom, @NotBlank String signalsTopic,
		List<@Valid OfficialDefinition> officials, @DefaultValue("Asia/Shanghai") ZoneId zone,
		@Valid RoutingProperties routing, @Valid Incidents incidents, @Valid Dispatch dispatch, @Valid Sms sms,
		Map<String, ChannelResilience> resilience, String dutyOfficer, @Valid Fallback fallback) {

	public AlertProperties {
		officials = officials == null ? List.of() : List.copyOf(officials);
		routing = routing == null ? new RoutingProperties(null, null, null) : routing;
		incidents = incidents == null ? new Incidents(null, null) : incidents;
		dispatch = dispatch == null ? new Dispatch(null, 0, null, null, null, 0) : dispatch;
		sms = sms == null ? new Sms(null, 0, null, null, null) : sms;
		resilience = resilience == null ? Map.of() : Map.copyOf(resilience);
		dutyOfficer = dutyOfficer == null || dutyOfficer.isBlank() ? null : dutyOfficer.trim();
		fallback = fallback == null ? new Fallback(null, null) : fallback;
	}

	/**
	 * @param order when a channel fails for good, the recipient's next channel in this
	 * order not yet used for the notice is tried; after the last one the duty officer is
	 * told
	 * @param resendWithin an SMS that failed while its notice is still relevant (the
	 * incident open and not acknowledged) is sent again when the gateway is back, up to
	 * this long after it was stored
	 */
	public record Fallback(List<io.cleanair.core.alerting.Channel> order, Duration resendWithin) {

		public Fallback {
			order = order == null || order.isEmpty()
					? List.of(io.cleanair.core.alerting.Channel.SMS, io.cleanair.core.alerting.Channel.EMAIL)
					: List.copyOf(order);
			resendWithin = resendWithin == null ? Duration.ofHours(6) : resendWithin;
		}
	}

	/**
	 * The resilience settings of a channel ({@code sms}, {@code email}); defaults when
	 * not configured.
	 */
	public ChannelResilience resilienceOf(String channel) {
		return resilience.getOrDefault(channel, new ChannelResilience(null, null, null, null));
	}

	/**
	 * @param cooldown a signal within this time of its incident's resolution reopens that
	 * incident
	 * @param recoveryNoticeDelay recovery notices wait this long in the outbox; a
	 * reopening before they are sent cancels them, so a flapping condition does not send
	 * "recovered" and "back" in turn
	 */
	public record Incidents(Duration cooldown, Duration recoveryNoticeDelay) {

		public Incidents {
			cooldown = cooldown == null ? Duration.ofHours(1) : cooldown;
			recoveryNoticeDelay = recoveryNoticeDelay == null ? Duration.ZERO : recoveryNoticeDelay;
		}
	}

	/**
	 * @param enabled false keeps notifications in the outbox (an instance that only takes
	 * signals)
	 * @param maxAttempts an email is given up (FAILED) after this many attempts
	 * @param retryBackoff the wait after the first failed attempt; doubled each time up
	 * to {@code maxBackoff}
	 * @param throttledDelay how long a rate-limited SMS waits before its next turn
	 * @param workersPerChannel dispatching threads per channel (each takes its own rows)
	 */
	public record Dispatch(Boolean enabled, int maxAttempts, Duration retryBackoff, Duration maxBackoff,
			Duration throttledDelay, int workersPerChannel) {

		public Dispatch {
			enabled = enabled == null || enabled;
			maxAttempts = maxAttempts <= 0 ? 5 : maxAttempts;
			retryBackoff = retryBackoff == null ? Duration.ofSeconds(30) : retryBackoff;
			maxBackoff = maxBackoff == null ? Duration.ofMinutes(10) : maxBackoff;
			throttledDelay = throttledDelay == null ? Duration.ofSeconds(1) : throttledDelay;
			workersPerChannel = workersPerChannel <= 0 ? 2 : workersPerChannel;
		}
	}

	/**
	 * @param provider {@code webhook}, {@code twilio} or {@code none} (SMS falls back to
	 * email)
	 * @param maxSegments texts longer than this many SMS parts are shortened
	 */
	public record Sms(String provider, int maxSegments, Webhook webhook, Twilio twilio, Duration requestTimeout) {

		public Sms {
			provider = provider == null || provider.isBlank() ? "none" : provider.trim();
			maxSegments = maxSegments <= 0 ? 2 : maxSegments;
			webhook = webhook == null ? new Webhook(null, null) : webhook;
			twilio = twilio == null ? new Twilio(null, null, null, null, null) : twilio;
			requestTimeout = requestTimeout == null ? Duration.ofSeconds(5) : requestTimeout;
		}

		/**
		 * A JSON webhook: {@code POST url} with {@code {"id","to","text"}}; an optional
		 * bearer token.
		 */
		public record Webhook(URI url, String token) {
		}

		/** Twilio's Messages API; {@code from} or {@code messagingServiceSid}. */
		public record Twilio(URI baseUrl, String accountSid, String authToken, String from,
				String messagingServiceSid) {

			public Twilio {
				baseUrl = baseUrl == null ? URI.create("https://api.twilio.com") : baseUrl;
			}
		}
	}

	/** Resilience4j settings of one channel. */
	public record ChannelResilience(Retry retry, CircuitBreaker circuitBreaker, RateLimiter rateLimiter,
			Duration timeout) {

		public ChannelResilience {
			retry = retry == null ? new Retry(0, null, 0) : retry;
			circuitBreaker = circuitBreaker == null ? new CircuitBreaker(0, 0, 0, null) : circuitBreaker;
			rateLimiter = rateLimiter == null ? new RateLimiter(0, null, null) : rateLimiter;
			timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
		}

		/**
		 * In-call retries with exponential back-off; permanent errors are not retried.
		 */
		public record Retry(int maxAttempts, Duration initialBackoff, double multiplier) {

			public Retry {
				maxAttempts = maxAttempts <= 0 ? 3 : maxAttempts;
				initialBackoff = initialBackoff == null ? Duration.ofMillis(200) : initialBackoff;
				multiplier = multiplier <= 0 ? 2.0 : multiplier;
			}
		}

		/**
		 * Count-based window; opens at the failure rate, half-opens after
		 * {@code waitInOpenState}.
		 */
		public record CircuitBreaker(float failureRateThreshold, int slidingWindowSize, int minimumNumberOfCalls,
				Duration waitInOpenState) {

			public CircuitBreaker {
				failureRateThreshold = failureRateThreshold <= 0 ? 50f : failureRateThreshold;
				slidingWindowSize = slidingWindowSize <= 0 ? 10 : slidingWindowSize;
				minimumNumberOfCalls = minimumNumberOfCalls <= 0 ? 4 : minimumNumberOfCalls;
				waitInOpenState = waitInOpenState == null ? Duration.ofSeconds(60) : waitInOpenState;
			}
		}

		/**
		 * The provider's quota: {@code limitForPeriod} calls per {@code refreshPeriod}.
		 */
		public record RateLimiter(int limitForPeriod, Duration refreshPeriod, Duration timeout) {

			public RateLimiter {
				limitForPeriod = limitForPeriod <= 0 ? 50 : limitForPeriod;
				refreshPeriod = refreshPeriod == null ? Duration.ofSeconds(1) : refreshPeriod;
				timeout = timeout == null ? Duration.ofMillis(500) : timeout;
			}
		}
	}
}
