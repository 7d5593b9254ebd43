package io.cleanair.ingest.reading;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * {@code aq.ingest.*}: limits of a batch and of the times accepted, how long to wait for
 * the broker, and which readings travel the backfill lane.
 *
 * @param maxBatchSize readings in one request; more is a 413
 * @param maxBodySize bytes of one request body after decompression; more is a 413
 * @param maxFutureSkew how far a reading's hour may start after now (clock skew of
 * senders)
 * @param maxAge how old a reading may be (corrections after audit arrive late)
 * @param publishTimeout how long a request waits for the broker's acknowledgement before
 * a 503
 * @param retryAfter what a 503 tells the sender to wait
 * @param backfillAge readings whose time is older than this go to the backfill topic
 * ({@code aq.topics.readings-backfill}), which analytics consumes apart, so that loading
 * history does not delay current readings
 */
@Validated
@ConfigurationProperties("aq.ingest")
public record IntakeProperties(@DefaultValue("10000") @Min(1) int maxBatchSize,
		@DefaultValue("32MB") @NotNull DataSize maxBodySize, @DefaultValue("PT15M") @NotNull Duration maxFutureSkew,
		@DefaultValue("P400D") @NotNull Duration maxAge, @DefaultValue("PT5S") @NotNull Duration publishTimeout,
		@DefaultValue("PT10S") @NotNull Duration retryAfter, @DefaultValue("PT48H") @NotNull Duration backfillAge) {
}
