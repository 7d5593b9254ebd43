package io.cleanair.ingest.config;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** Kafka topic names; versioned, and overridable so tests get topics of their own. */
@Validated
@ConfigurationProperties("aq.topics")
public record TopicProperties(@NotBlank String readings, @NotBlank String stations) {
}
