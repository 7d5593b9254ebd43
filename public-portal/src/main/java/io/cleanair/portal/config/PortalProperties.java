package io.cleanair.portal.config;

import java.time.Duration;
import java.time.ZoneId;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param zone the zone of the bureau's calendar days and hour labels
 * @param topics the topics the read model is built from
 * @param portal what the portal shows and how it protects itself
 */
@Validated
@ConfigurationProperties("aq")
public record PortalProperties(@NotNull ZoneId zone, @Valid @NotNull Topics topics, @Valid @NotNull Portal portal) {

	public record Topics(@NotBlank String stations, @NotBlank String stationHours, @NotBlank String dailyResults,
			@NotBlank String districtTargets) {
	}

	/**
	 * @param source the data source credited (English)
	 * @param sourceZh the data source credited (Chinese)
	 * @param refreshInterval how often the in-memory view is rebuilt after events arrived
	 * @param hourRetention how long hourly reports are kept
	 */
	public record Portal(@NotBlank String source, @NotBlank String sourceZh, @NotNull Duration refreshInterval,
			@NotNull Duration hourRetention, @Valid @NotNull RateLimit rateLimit) {
	}

	/**
	 * A token bucket per client address (Resilience4j {@code RateLimiter}).
	 *
	 * @param requestsPerPeriod requests a client may make per {@code period}
	 * @param maxClients client addresses remembered at once
	 */
	public record RateLimit(boolean enabled, @Min(1) int requestsPerPeriod, @NotNull Duration period,
			@Min(1) int maxClients) {
	}
}
