package io.cleanair.alert.delivery.channel;

import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;

import io.cleanair.alert.config.AlertProperties;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;

/**
 * Resilience4j around one channel's provider, in the usual order: retry ( circuit breaker
 * ( rate limiter ( time limiter ( call ) ) ) ). Permanent errors are neither retried nor
 * held against the circuit; a missing rate-limit permit is neither. Failures come out as
 * {@link DeliveryException}. Each try inside the retry is reported as an {@link Attempt},
 * refusals by the circuit breaker or the rate limiter included.
 */
public final class ChannelResilience {

	private final String provider;

	private final Retry retry;

	private final CircuitBreaker circuitBreaker;

	private final RateLimiter rateLimiter;

	private final TimeLimiter timeLimiter;

	private final Clock clock;

	public ChannelResilience(String name, String provider, AlertProperties.ChannelResilience settings, Clock clock) {
		this(name, provider, settings, clock, CircuitBreakerRegistry.ofDefaults());
	}

	/**
	 * @param breakers where the circuit breaker is kept, so that it can be bound to the
	 * metrics registry
	 */
	public ChannelResilience(String name, String provider, AlertProperties.ChannelResilience settings, Clock clock,
			CircuitBreakerRegistry breakers) {
		this.provider = provider;
		this.clock = clock;
		AlertProperties.ChannelResilience.Retry r = settings.retry();
		this.retry = Retry.of(name,
				RetryConfig.custom()
					.maxAttempts(r.maxAttempts())
					.intervalFunction(IntervalFunction.ofExponentialBackoff(r.initialBackoff(), r.multiplier()))
					.retryOnException(ChannelResilience::worthRetrying)
					.build());
		AlertProperties.ChannelResilience.CircuitBreaker c = settings.circuitBreaker();
		this.circuitBreaker = breakers.circuitBreaker(name,
				CircuitBreakerConfig.custom()
					.failureRateThreshold(c.failureRateThreshold())
					.slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
					.slidingWindowSize(c.slidingWindowSize())
					.minimumNumberOfCalls(c.minimumNumberOfCalls())
					.waitDurationInOpenState(c.waitInOpenState())
					.permittedNumberOfCallsInHalfOpenState(2)
					.recordException(ChannelResilience::outage)
					.clock(clock)
					.build());
		AlertProperties.ChannelResilience.RateLimiter l = settings.rateLimiter();
		this.rateLimiter = RateLimiter.of(name,
				RateLimiterConfig.custom()
					.limitForPeriod(l.limitForPeriod())
					.limitRefreshPeriod(l.refreshPeriod())
					.timeoutDuration(l.timeout())
					.build());
		this.timeLimiter = TimeLimiter.of(name,
				TimeLimiterConfig.custom().timeoutDuration(settings.timeout()).cancelRunningFuture(true).build());
	}

	/** Runs one delivery through the decorators. */
	public Delivery call(Supplier<CompletableFuture<Delivery>> attempt) {
		return call(attempt, a -> {
		});
	}

	/**
	 * Runs one delivery through the decorators, telling {@code attempts} of every try.
	 */
	public Delivery call(Supplier<CompletableFuture<Delivery>> attempt, Consumer<Attempt> attempts) {
		Callable<Delivery> timed = TimeLimiter.decorateFutureSupplier(timeLimiter, attempt);
		Callable<Delivery> limited = RateLimiter.decorateCallable(rateLimiter, timed);
		Callable<Delivery> guarded = CircuitBreaker.decorateCallable(circuitBreaker, limited);
		Callable<Delivery> recorded = () -> {
			Instant started = clock.instant();
			try {
				Delivery d = guarded.call();
				attempts.accept(new Attempt(d.provider(), started, clock.instant(), Attempt.Outcome.SENT, d.answer()));
				return d;
			}
			catch (Exception e) {
				attempts.accept(new Attempt(provider, started, clock.instant(), outcomeOf(e),
						String.valueOf(classify(e).getMessage())));
				throw e;
			}
		};
		Callable<Delivery> retried = Retry.decorateCallable(retry, recorded);
		try {
			return retried.call();
		}
		catch (Exception e) {
			throw classify(e);
		}
	}

	public CircuitBreaker.State circuitState() {
		return circuitBreaker.getState();
	}

	public CircuitBreaker circuitBreaker() {
		return circuitBreaker;
	}

	private DeliveryException classify(Throwable e) {
		Throwable t = unwrap(e);
		if (t instanceof DeliveryException d) {
			return d;
		}
		if (t instanceof CallNotPermittedException) {
			return new DeliveryException(DeliveryException.Kind.UNAVAILABLE, provider,
					"circuit breaker " + circuitBreaker.getName() + " is open", t);
		}
		if (t instanceof RequestNotPermitted) {
			return new DeliveryException(DeliveryException.Kind.THROTTLED, provider, "rate limit reached", t);
		}
		if (t instanceof TimeoutException) {
			return new DeliveryException(DeliveryException.Kind.TRANSIENT, provider,
					"no answer within " + timeLimiter.getTimeLimiterConfig().getTimeoutDuration(), t);
		}
		return new DeliveryException(DeliveryException.Kind.TRANSIENT, provider, String.valueOf(t.getMessage()), t);
	}

	/** A timeout leaves the outcome unknown, unless the connection was never made. */
	static Attempt.Outcome outcomeOf(Throwable e) {
		Throwable t = unwrap(e);
		if (t instanceof CallNotPermittedException) {
			return Attempt.Outcome.REJECTED_BY_CIRCUIT;
		}
		if (t instanceof RequestNotPermitted) {
			return Attempt.Outcome.THROTTLED;
		}
		for (Throwable c = t; c != null; c = c.getCause()) {
			if (c instanceof HttpConnectTimeoutException) {
				return Attempt.Outcome.FAILED;
			}
			if (c instanceof TimeoutException || c instanceof HttpTimeoutException) {
				return Attempt.Outcome.TIMED_OUT;
			}
		}
		return Attempt.Outcome.FAILED;
	}

	private static Throwable unwrap(Throwable e) {
		Throwable t = e;
		while ((t instanceof java.util.concurrent.ExecutionException
				|| t instanceof java.util.concurrent.CompletionException) && t.getCause() != null) {
			t = t.getCause();
		}
		return t;
	}

	private static boolean worthRetrying(Throwable e) {
		Throwable t = unwrap(e);
		if (t instanceof CallNotPermittedException || t instanceof RequestNotPermitted) {
			return false;
		}
		return !(t instanceof DeliveryException d) || d.kind() == DeliveryException.Kind.TRANSIENT;
	}

	private static boolean outage(Throwable e) {
		Throwable t = unwrap(e);
		if (t instanceof RequestNotPermitted) {
			return false;
		}
		return !(t instanceof DeliveryException d) || d.kind() != DeliveryException.Kind.PERMANENT;
	}

}
