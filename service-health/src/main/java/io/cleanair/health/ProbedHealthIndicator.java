package io.cleanair.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * A dependency's health, probed on a thread of its own every {@code interval} and
 * answered from the last result, so that a health request never waits for the dependency.
 * A probe still running after {@code timeout} counts as a failure at once (the probe's
 * own timeouts, such as the connection pool's, can be far longer). A failure is reported
 * as {@code whenDown}: {@code DOWN} where the service cannot work without the dependency,
 * or a status outside the aggregation order (such as {@code DEGRADED}) that shows on the
 * component without taking the group down. The gauge
 * {@code aq.health.dependency{dependency=<name>}} is 1 while the probe succeeds, 0 while
 * it fails (Prometheus alerts on it).
 */
public class ProbedHealthIndicator implements HealthIndicator, MeterBinder, DisposableBean {

	private final String name;

	private final Supplier<Health> probe;

	private final Duration timeout;

	private final Status whenDown;

	private final Clock clock;

	private final ScheduledExecutorService thread;

	private volatile Health last = Health.unknown().withDetail("probe", "not run yet").build();

	private volatile Instant runningSince;

	public ProbedHealthIndicator(String name, Supplier<Health> probe, HealthProbeProperties.Probe settings,
			Clock clock) {
		this.name = name;
		this.probe = probe;
		this.timeout = settings.timeout();
		this.whenDown = new Status(settings.whenDown());
		this.clock = clock;
		this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread t = new Thread(r, "health-" + name);
			t.setDaemon(true);
			return t;
		});
		this.thread.scheduleWithFixedDelay(this::probeOnce, 0, settings.interval().toMillis(), TimeUnit.MILLISECONDS);
	}

	@Override
	public Health health() {
		Instant since = runningSince;
		if (since != null && Duration.between(since, clock.instant()).compareTo(timeout) > 0) {
			return Health.status(whenDown)
				.withDetail("error", "no answer within " + timeout)
				.withDetail("since", since.toString())
				.build();
		}
		return last;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("aq.health.dependency", this, ProbedHealthIndicator::upOrDown)
			.tag("dependency", name)
			.description("1 while the background probe of the dependency succeeds, 0 while it fails")
			.register(registry);
	}

	private double upOrDown() {
		Status status = health().getStatus();
		if (Status.UNKNOWN.equals(status)) {
			return Double.NaN;
		}
		return Status.UP.equals(status) ? 1 : 0;
	}

	private void probeOnce() {
		runningSince = clock.instant();
		Health result;
		try {
			result = probe.get();
		}
		catch (RuntimeException ex) {
			result = Health.down().withDetail("error", ex.getClass().getSimpleName()).build();
		}
		if (Status.DOWN.equals(result.getStatus())) {
			result = Health.status(whenDown).withDetails(result.getDetails()).build();
		}
		last = result;
		runningSince = null;
	}

	@Override
	public void destroy() {
		thread.shutdownNow();
	}

}
