package io.cleanair.portal.view;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.cleanair.core.aqi.ChinaCategory;
import io.cleanair.core.pollutant.Pollutant;
import io.cleanair.core.target.TargetStatus;
import io.cleanair.portal.hour.HourRepository.Hour;

/**
 * What the public sees, as one immutable value rebuilt from the read model when events
 * arrive: every station's latest report with its last 48 hours, the district table and
 * the month's ranking.
 *
 * @param version grows with every rebuild; part of every ETag
 * @param dataTime end of the latest hour any station reported, or null before the first
 * report
 * @param ruleSet the HJ 633 edition in force today ("hj633-2012" or "hj633-2026")
 */
public record PortalView(long version, Instant builtAt, LocalDate today, Instant dataTime, String ruleSet,
		List<StationNow> stations, List<DistrictRow> districts, Ranking ranking) {

	public Optional<StationNow> station(String id) {
		return stations.stream().filter(s -> s.id().equals(id)).findFirst();
	}

	public Optional<DistrictRow> district(String id) {
		return districts.stream().filter(d -> d.id().equals(id)).findFirst();
	}

	/**
	 * A station and its latest hourly report ({@code hour} null when it has reported
	 * nothing yet).
	 *
	 * @param last48 the 48 hours up to its latest report, oldest first
	 */
	public record StationNow(String id, String name, String districtId, String districtName, Double latitude,
			Double longitude, Hour hour, List<Hour> last48) {

		public Optional<ChinaCategory> category() {
			return hour == null || hour.category() == null ? Optional.empty()
					: Optional.of(ChinaCategory.valueOf(hour.category()));
		}

		public Map<Pollutant, Double> concentrations() {
			return hour == null ? Map.of() : hour.concentrations();
		}
	}

	/**
	 * @param latestDay the district's latest daily result (today's when there is one), or
	 * null
	 * @param goodDays good days so far this year against the target, or null without data
	 * @param rank the district's place in this month's ranking, or null
	 */
	public record DistrictRow(String id, String name, LatestDay latestDay, GoodDays goodDays, RankEntry rank) {
	}

	public record LatestDay(LocalDate day, Integer aqi, String category, List<String> primaryPollutants,
			String ruleSet) {

		public Optional<ChinaCategory> chinaCategory() {
			return category == null ? Optional.empty() : Optional.of(ChinaCategory.valueOf(category));
		}
	}

	/**
	 * @param targetRate the target as a good-day rate in percent, or null
	 * @param targetCount the target as a number of good days, or null
	 * @param status progress against the target, or null without one
	 */
	public record GoodDays(int year, int goodDays, int validDays, BigDecimal rate, BigDecimal targetRate,
			Integer targetCount, Integer requiredGoodDays, Integer goodDaysNeeded, TargetStatus status) {
	}

	/**
	 * @param rank 1 = cleanest by composite index (ties share a rank); 0 without a
	 * composite index
	 */
	public record RankEntry(String districtId, String districtName, int rank, BigDecimal compositeIndex,
			Pollutant primaryPollutant, BigDecimal goodDayRate, int validDays) {
	}

	public record Ranking(YearMonth month, LocalDate from, LocalDate to, List<RankEntry> entries) {
	}
}
