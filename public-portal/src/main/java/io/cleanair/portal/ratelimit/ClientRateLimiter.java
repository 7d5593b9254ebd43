package io.cleanair.portal.ratelimit;

import java.time.Duration;
import java.util.OptionalLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.cleanair.portal.config.PortalProperties;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import org.springframework.stereotype.Component;

/**
 * One Resilience4j rate limiter per client address, {@code requests-per-period} permits
 * each period; the limiters live in a bounded cache (the least recently seen addresses
 * are forgotten first).
 */
@Component
class ClientRateLimiter {

	private final RateLimiterConfig config;

	private final Cache<String, AtomicRateLimiter> clients;

	private final boolean enabled;

	ClientRateLimiter(PortalProperties properties) {
		PortalProperties.RateLimit limit = properties.portal().rateLimit();
		this.enabled = limit.enabled();
		this.config = RateLimiterConfig.custom()
			.limitForPeriod(limit.requestsPerPeriod())
			.limitRefreshPeriod(limit.period())
			.timeoutDuration(Duration.ZERO)
			.build();
		this.clients = Caffeine.newBuilder()
			.maximumSize(limit.maxClients())
			.expireAfterAccess(limit.period().multipliedBy(10).plusMinutes(1))
			.build();
	}

	/**
	 * Empty when the client may go on; otherwise the seconds after which it may try again
	 * (at least 1).
	 */
	OptionalLong retryAfterSeconds(String client) {
		if (!enabled) {
			return OptionalLong.empty();
		}
		AtomicRateLimiter limiter = clients.get(client, c -> (AtomicRateLimiter) RateLimiter.of(c, config));
		if (limiter.acquirePermission()) {
			return OptionalLong.empty();
		}
		long nanos = limiter.getDetailedMetrics().getNanosToWait();
		return OptionalLong.of(Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L));
	}

}
