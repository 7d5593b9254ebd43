package io.cleanair.ingest.config;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Kafka topic names; versioned, and overridable so tests get topics of their own.
 * {@code readingsBackfill}: readings older than {@code aq.ingest.backfill-age}. The
 * readings topics are {@code .v2}: readings in the compact encoding of
 * {@code io.cleanair.core.event.CompactReadingCodec} (the {@code .v1} ones carried JSON).
 */
@Validated
@ConfigurationProperties("aq.topics")
public record TopicProperties(@NotBlank String readings, @NotBlank String stations,
		@DefaultValue("aq.readings-backfill.v2") @NotBlank String readingsBackfill) {
}
