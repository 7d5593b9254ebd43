package io.cleanair.analytics.config;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import io.cleanair.core.aqi.MissingDataPolicy;
import io.cleanair.core.assessment.FlaggedValuePolicy;
import io.cleanair.core.assessment.RuleSetPolicy;
import io.cleanair.core.pollutant.Pollutant;
import io.cleanair.core.qc.SuspiciousValues;
import io.cleanair.core.signal.SignalThresholds;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param zone the zone whose calendar days and hour labels the bureau reports in
 * @param cityId the id of the city whose city-day results combine all stations
 */
@Validated
@ConfigurationProperties("aq")
public record AnalyticsProperties(@NotNull ZoneId zone, @NotBlank String cityId, @Valid @NotNull Topics topics,
		@Valid @NotNull Storage storage, @Valid @NotNull Signals signals, @Valid @DefaultValue Assessment assessment,
		@Valid @DefaultValue Qc qc, @Valid @DefaultValue Outbox outbox, @Valid @DefaultValue RecentDays recentDays) {

	/**
	 * The consumers' cache of recent station-days' hourly values
	 * ({@code io.cleanair.analytics.reading.RecentDays}).
	 *
	 * @param enabled false to read every batch's days from the database
	 * @param window days starting less than this ago are kept: at most ingest's
	 * {@code aq.ingest.backfill-age} (48 h) less a margin for the clocks, so that no
	 * reading of a kept day travels the backfill lane
	 * @param maximumDays how many station-days at most (about 1.7 kB each)
	 */
	public record RecentDays(@DefaultValue("true") boolean enabled, @DefaultValue("PT47H") @NotNull Duration window,
			@DefaultValue("20000") @Min(0) int maximumDays) {
	}

	/**
	 * @param relayInterval how often the daily-result outbox is relayed besides after
	 * each commit that adds to it (what a broker outage or a crash left behind)
	 */
	public record Outbox(@DefaultValue("PT1S") @NotNull Duration relayInterval) {
	}

	/**
	 * The QC checks that need a series' history, run by the consumer that stores the
	 * series (see {@link SuspiciousValues} for the meaning of each setting).
	 */
	public record Qc(@DefaultValue("PT6H") @NotNull Duration spikeWindow, @DefaultValue("3") @Min(1) int minimumHistory,
			@DefaultValue("4.0") double spikeFactor, @DefaultValue("12") @Min(2) int stuckHours) {

		public SuspiciousValues rules() {
			return new SuspiciousValues(spikeWindow, minimumHistory, spikeFactor, stuckHours);
		}
	}

	/**
	 * How days are assessed (docs/assessment.md).
	 *
	 * @param flaggedValues what the daily statistics do with QC-flagged hourly values:
	 * USE, EXCLUDE or HOLD
	 * @param dayValidity replaces an HJ 633 edition's own day-validity policy, e.g.
	 * {@code hj633-2012: NA_UNLESS_ABOVE_100}; empty = each edition's own
	 */
	public record Assessment(@DefaultValue("USE") @NotNull FlaggedValuePolicy flaggedValues,
			Map<String, MissingDataPolicy> dayValidity) {

		public Assessment {
			dayValidity = dayValidity == null ? Map.of() : Map.copyOf(dayValidity);
		}

		/**
		 * The rule set in force on each day, with the configured day-validity policies.
		 */
		public RuleSetPolicy ruleSets() {
			return RuleSetPolicy.inForceOnTheDay().withMissingDataPolicies(dayValidity);
		}
	}

	/**
	 * @param readings current readings in the compact encoding ({@code aq.readings.v2})
	 * @param readingsBackfill history in the compact encoding
	 * ({@code aq.readings-backfill.v2})
	 * @param readingsV1 current readings in JSON, what ingests older than the compact
	 * encoding published; still consumed so that a rolling upgrade loses nothing
	 * @param readingsBackfillV1 history in JSON, likewise
	 */
	public record Topics(@NotBlank String readings, @NotBlank String alertSignals, @NotBlank String stations,
			@NotBlank String dailyResults, @NotBlank String stationHours, @NotBlank String districtTargets,
			@DefaultValue("aq.readings-backfill.v2") @NotBlank String readingsBackfill,
			@DefaultValue("aq.readings.v1") @NotBlank String readingsV1,
			@DefaultValue("aq.readings-backfill.v1") @NotBlank String readingsBackfillV1) {
	}

	/**
	 * TimescaleDB policies, applied only when the extension is available.
	 *
	 * @param chunkInterval hypertable chunk interval of readings and hourly values
	 * @param compressAfter compress chunks older than this
	 * @param rawRetention drop readings older than this, null (the default) to keep them
	 * all: the readings of hourly stations are their hourly values, so they go too (daily
	 * results are kept); at least the correction window plus a chunk
	 * @param correctionWindow how old a reading (a correction) may still arrive: ingest's
	 * {@code aq.intake.max-age}
	 * @param aggregateRefresh how often the continuous aggregates take in changed hours
	 */
	public record Storage(@NotNull Duration chunkInterval, @NotNull Duration compressAfter, Duration rawRetention,
			@DefaultValue("P400D") @NotNull Duration correctionWindow,
			@DefaultValue("PT1M") @NotNull Duration aggregateRefresh) {
	}

	/**
	 * Signal thresholds (see {@link SignalThresholds}) and when the rules run.
	 *
	 * @param realtimeWindow hour-based rules run on arrival, and period rules are marked
	 * due, only for data this recent
	 * @param silentCheck how often active stations are checked for silence
	 * @param periodCheck how often the period rules of districts whose recent days
	 * changed are judged
	 * @param dayClose cron (in {@code aq.zone}) of the day-close run of the period rules
	 */
	public record Signals(@Min(1) int sustainedHours, @NotNull BigDecimal reboundRisePercent,
			@NotNull BigDecimal yoyRisePercent, @NotNull List<Pollutant> yoyPollutants,
			@Min(0) int targetAllowanceWarning, @Min(1) int rankingBottomCount, @Min(1) int rankingMinimumDistricts,
			@NotNull Duration silentAfter, @NotNull Duration realtimeWindow, @NotNull Duration silentCheck,
			@NotNull Duration periodCheck, @NotBlank String dayClose) {

		public SignalThresholds thresholds() {
			return new SignalThresholds(sustainedHours, reboundRisePercent, yoyRisePercent, yoyPollutants,
					targetAllowanceWarning, rankingBottomCount, rankingMinimumDistricts, silentAfter);
		}
	}
}
