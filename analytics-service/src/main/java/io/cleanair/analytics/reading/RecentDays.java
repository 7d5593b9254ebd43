package io.cleanair.analytics.reading;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.cleanair.analytics.config.AnalyticsProperties;
import io.cleanair.analytics.daily.StationDayKey;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.springframework.stereotype.Component;

/**
 * The hourly values of recent station-days, kept by the consumers that own the stations'
 * partitions, so that a batch of current readings does not read its days' other hours
 * back from the database (the store statement skips the days given to it).
 * <p>
 * An entry is only right while nothing but the owning consumer writes the day's hours. So
 * only days that history cannot reach are kept: a day starting less than
 * {@code aq.recent-days.window} ago (ingest's backfill age, 48 h, less an hour for the
 * clocks), whose readings all travel the live lane; and the whole cache is dropped at
 * every rebalance of the consumers, before partitions move to or from another instance.
 * Entries are written only after the batch's transaction committed; a batch that rolls
 * back leaves the cache as it was.
 */
@Component
public class RecentDays {

	private final Cache<StationDayKey, DayRows> days;

	private final Duration window;

	private final ZoneId zone;

	private final Clock clock;

	RecentDays(AnalyticsProperties properties, Clock clock, MeterRegistry meters) {
		AnalyticsProperties.RecentDays settings = properties.recentDays();
		this.window = settings.window();
		this.zone = properties.zone();
		this.clock = clock;
		this.days = Caffeine.newBuilder()
			.maximumSize(settings.enabled() ? settings.maximumDays() : 0)
			.expireAfterWrite(settings.window().plusDays(1))
			.recordStats()
			.build();
		CaffeineCacheMetrics.monitor(meters, days, "aq.analytics.recent-days");
	}

	/** The kept days among {@code keys} (absent ones are read from the database). */
	Map<StationDayKey, DayRows> find(Collection<StationDayKey> keys) {
		Map<StationDayKey, DayRows> found = new HashMap<>();
		Instant oldest = clock.instant().minus(window);
		for (StationDayKey key : keys) {
			if (recent(key, oldest)) {
				DayRows rows = days.getIfPresent(key);
				if (rows != null) {
					found.put(key, rows);
				}
			}
		}
		return found;
	}

	/** The kept day, or null. */
	DayRows find(StationDayKey key) {
		return recent(key, clock.instant().minus(window)) ? days.getIfPresent(key) : null;
	}

	/** Keeps the recent ones of a committed batch's days. */
	void keep(Map<StationDayKey, DayRows> committed) {
		Instant oldest = clock.instant().minus(window);
		committed.forEach((key, rows) -> {
			if (recent(key, oldest)) {
				days.put(key, rows);
			}
		});
	}

	/** Forgets every day: partitions are about to move. */
	public void clear() {
		days.invalidateAll();
	}

	private boolean recent(StationDayKey key, Instant oldest) {
		return key.day().atStartOfDay(zone).toInstant().isAfter(oldest);
	}

}
