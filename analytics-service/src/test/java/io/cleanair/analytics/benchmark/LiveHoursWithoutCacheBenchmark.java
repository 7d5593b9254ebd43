package io.cleanair.analytics.benchmark;

import org.springframework.test.context.TestPropertySource;

/**
 * {@link LiveHoursBenchmark} with the recent-days cache off: every batch reads its
 * station-days' other hours back from the database, as before the cache.
 */
@TestPropertySource(properties = "aq.recent-days.enabled=false")
class LiveHoursWithoutCacheBenchmark extends LiveHoursBenchmark {

}
