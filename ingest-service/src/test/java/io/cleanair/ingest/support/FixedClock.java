package io.cleanair.ingest.support;

import java.time.Clock;
import java.time.Instant;

import io.cleanair.testsupport.TestClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Noon in Beijing on 28 November 2026, so that times in tests stay inside the acceptance
 * window.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FixedClock {

	public static final Instant NOW = Instant.parse("2026-11-28T04:00:00Z");

	@Bean
	@Primary
	Clock fixedClock() {
		return new TestClock(NOW);
	}

}
