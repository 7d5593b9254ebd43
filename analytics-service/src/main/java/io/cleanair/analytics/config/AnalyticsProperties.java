package io.cleanair.analytics.config;

import java.time.ZoneId;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param zone the zone whose calendar days and hour labels the bureau reports in
 */
@Validated
@ConfigurationProperties("aq")
public record AnalyticsProperties(@NotNull ZoneId zone, Topics topics) {

	public record Topics(@NotBlank String readings, @NotBlank String alertSignals) {
	}
}
