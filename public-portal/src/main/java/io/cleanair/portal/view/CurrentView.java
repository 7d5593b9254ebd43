package io.cleanair.portal.view;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;

import io.cleanair.portal.change.ReadModelChanges;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The view in force, and every response rendered from it, kept in memory: a request costs
 * a map lookup and never touches the database (series outside the view are read on a
 * worker thread by their controller). When listeners noted a change, the next tick
 * ({@code aq.portal.refresh-interval}) rebuilds the view and drops the rendered
 * responses; without changes it is still rebuilt once a minute (the day may have turned).
 */
@Component
public class CurrentView {

	private static final Logger log = LoggerFactory.getLogger(CurrentView.class);

	/**
	 * Responses kept per view; a flood of distinct query strings renders the rest
	 * uncached.
	 */
	static final int MAX_RENDERED = 2_000;

	private static final Duration REBUILD_AT_LEAST_EVERY = Duration.ofMinutes(1);

	private final ViewBuilder builder;

	private final ReadModelChanges changes;

	private final Clock clock;

	private final AtomicLong versions = new AtomicLong();

	private final Timer rebuildTimer;

	private volatile State state;

	CurrentView(ViewBuilder builder, ReadModelChanges changes, Clock clock, MeterRegistry meters) {
		this.builder = builder;
		this.changes = changes;
		this.clock = clock;
		this.state = new State(builder.empty(0), new ConcurrentHashMap<>());
		this.rebuildTimer = Timer.builder("aq.portal.view.rebuild")
			.description("rebuild the public view")
			.register(meters);
		Gauge.builder("aq.portal.view.data.age", this, v -> v.dataAgeSeconds())
			.description("seconds since the end of the latest hour shown")
			.baseUnit("seconds")
			.register(meters);
	}

	/**
	 * The view in force; before the first build (or while the read model cannot be read)
	 * an empty one.
	 */
	public PortalView view() {
		return state.view;
	}

	/** The response under {@code key} for the current view, rendered on first use. */
	public Rendered rendered(String key, Function<PortalView, Rendered> render) {
		State s = state;
		Rendered r = s.rendered.get(key);
		if (r != null) {
			return r;
		}
		r = render.apply(s.view);
		if (s.rendered.size() < MAX_RENDERED) {
			s.rendered.putIfAbsent(key, r);
		}
		return r;
	}

	/**
	 * As {@link #rendered(String, Function)} for responses that need more than the view.
	 */
	public Rendered rendered(String key, Supplier<Rendered> render) {
		return rendered(key, v -> render.get());
	}

	/**
	 * The first build, before the server takes requests: a request thread never waits for
	 * the database.
	 */
	@EventListener(ApplicationStartedEvent.class)
	void buildFirstView() {
		refresh();
	}

	@Scheduled(fixedDelayString = "${aq.portal.refresh-interval}")
	synchronized void refresh() {
		State s = state;
		boolean stale = s.view.version() == 0
				|| Duration.between(s.view.builtAt(), clock.instant()).compareTo(REBUILD_AT_LEAST_EVERY) >= 0;
		if (changes.takeChanged() || stale) {
			try {
				rebuild();
			}
			catch (RuntimeException e) {
				changes.changed();
				log.warn("Could not rebuild the public view (the previous one stays): {}", e.toString());
			}
		}
	}

	private void rebuild() {
		PortalView view = rebuildTimer.record(() -> builder.build(versions.incrementAndGet()));
		state = new State(view, new ConcurrentHashMap<>());
	}

	private double dataAgeSeconds() {
		Instant dataTime = state.view.dataTime();
		return dataTime == null ? Double.NaN : Duration.between(dataTime, clock.instant()).toSeconds();
	}

	private record State(PortalView view, Map<String, Rendered> rendered) {
	}

}
