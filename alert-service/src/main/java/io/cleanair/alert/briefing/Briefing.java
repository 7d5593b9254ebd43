package io.cleanair.alert.briefing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.cleanair.core.alerting.Language;

/**
 * Everything a briefing says, as figures: what the HTML and the PDF show and what
 * {@code Accept: application/json} returns. The facts come from analytics' API (air,
 * targets, ranking, PM2.5, completeness) and from alert-service's own records (ladder,
 * incidents, ledger).
 */
public record Briefing(BriefingPeriod period, LocalDate from, LocalDate to, Language language, String cityName,
		Instant generatedAt, Air city, List<Air> districts, List<Target> targets, List<Rank> ranking,
		LocalDate rankingFrom, List<LadderStep> accountability, List<IncidentLine> incidents, Ledger rectifications,
		List<StationData> completeness, List<Pm25Month> pm25) {

	/**
	 * The last day of the period, and the period's good days.
	 *
	 * @param category China category (enum name), null without a valid AQI
	 */
	public record Air(String id, String name, LocalDate day, Integer aqi, String category,
			List<String> primaryPollutants, int goodDays, int validDays) {
	}

	/**
	 * A district's good days against its target, as of the briefing's date (analytics'
	 * good-days figures).
	 *
	 * @param targetPace good days the target calls for by this date at an even pace (the
	 * chart's target line)
	 * @param rateChange good-day rate now minus the same period last year, percentage
	 * points
	 */
	public record Target(String districtId, String name, BigDecimal targetRate, int goodDays, int validDays,
			BigDecimal goodDayRate, Integer nonGoodDaysAllowed, BigDecimal requiredRemainingRate, String status,
			BigDecimal rateChange, int requiredGoodDays, int targetPace) {
	}

	/**
	 * A place in the ranking by composite index (month to date), with the good-day rate's
	 * rank.
	 *
	 * @param movement places gained since the previous period (negative: lost); null when
	 * not ranked then
	 */
	public record Rank(String districtId, String name, int rank, BigDecimal compositeIndex, int rankByGoodDayRate,
			BigDecimal goodDayRate, boolean bottomThree, Integer movement) {
	}

	public record LadderStep(String districtId, String name, String month, String sanction, String sanctionLabel,
			int streak, String evidence) {
	}

	/**
	 * An incident of the period.
	 *
	 * @param told each official told and by which channels, e.g. "张敏 (SMS, EMAIL)"
	 * @param minutesToAcknowledge null while unacknowledged
	 */
	public record IncidentLine(String id, String type, String districtId, String severity, String status,
			Instant openedAt, List<String> told, Long minutesToAcknowledge, String acknowledgedBy) {
	}

	public record Ledger(List<LedgerLine> due, List<LedgerLine> overdue, List<LedgerLine> closed) {
	}

	public record LedgerLine(String id, String title, String districtId, String officialId, LocalDate deadline,
			String status) {
	}

	/**
	 * @param silent no reading for hours (analytics' completeness report)
	 */
	public record StationData(String stationId, String districtId, int days, int validDays, boolean silent) {
	}

	public record Pm25Month(String month, double value, Double previousYear) {
	}
}
