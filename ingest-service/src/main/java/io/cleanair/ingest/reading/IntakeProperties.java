package io.cleanair.ingest.reading;

import java.time.Duration;

import io.cleanair.core.qc.SuspiciousValues;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * {@code aq.ingest.*}: limits of a batch and of the times accepted, how long to wait for the broker, and
 * the suspicious-value checks.
 *
 * @param maxBatchSize readings in one request; more is a 413
 * @param maxBodySize bytes of one request body after decompression; more is a 413
 * @param maxFutureSkew how far a reading's hour may start after now (clock skew of senders)
 * @param maxAge how old a reading may be (corrections after audit arrive late)
 * @param publishTimeout how long a request waits for the broker's acknowledgement before a 503
 * @param retryAfter what a 503 tells the sender to wait
 */
@Validated
@ConfigurationProperties("aq.ingest")
public record IntakeProperties(@DefaultValue("10000") @Min(1) int maxBatchSize,
		@DefaultValue("32MB") @NotNull DataSize maxBodySize, @DefaultValue("PT15M") @NotNull Duration maxFutureSkew,
		@DefaultValue("P400D") @NotNull Duration maxAge, @DefaultValue("PT5S") @NotNull Duration publishTimeout,
		@DefaultValue("PT10S") @NotNull Duration retryAfter, @DefaultValue @Valid @NotNull Qc qc) {

	/** See {@link SuspiciousValues} for the meaning of each setting. */
	public record Qc(@DefaultValue("PT6H") @NotNull Duration spikeWindow, @DefaultValue("3") @Min(1) int minimumHistory,
			@DefaultValue("4.0") double spikeFactor, @DefaultValue("12") @Min(2) int stuckHours) {

		SuspiciousValues rules() {
			return new SuspiciousValues(spikeWindow, minimumHistory, spikeFactor, stuckHours);
		}

		/** How far back a reading's history is needed. */
		Duration lookback() {
			Duration stuck = Duration.ofHours(stuckHours);
			return stuck.compareTo(spikeWindow) > 0 ? stuck : spikeWindow;
		}
	}
}
