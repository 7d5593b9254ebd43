package io.cleanair.portal.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cleanair.core.aqi.ChinaCategory;
import io.cleanair.portal.district.DailyRepository.Day;
import io.cleanair.portal.hour.HourRepository.Hour;
import io.cleanair.portal.view.PortalView;
import io.cleanair.portal.view.PortalView.DistrictRow;
import io.cleanair.portal.view.PortalView.RankEntry;
import io.cleanair.portal.view.PortalView.StationNow;

/**
 * The open API's answers: public fields only, never a row or an event as it was received.
 */
final class PublicJson {

	static final String HOUR_CONVENTION = "hourStart is the start of the hour a value covers: [hourStart, hourStart + 1 h); "
			+ "hourLabel h (1..24) is the hour ending at h:00 China Standard Time";

	private PublicJson() {
	}

	record Meta(Instant dataTime, String ruleSetInForce, String source, String hourConvention) {
	}

	record StationsPage(Meta meta, int page, int size, int total, List<StationLatest> items) {
	}

	record DistrictsPage(Meta meta, int page, int size, int total, List<District> items) {
	}

	record Category(String id, int level, String nameZh, String nameEn, String colour) {

		static Category of(String name) {
			if (name == null) {
				return null;
			}
			ChinaCategory c = ChinaCategory.valueOf(name);
			return new Category(c.name(), c.level(), c.nameZh(), c.nameEn(), c.colour().hex());
		}
	}

	record StationLatest(String id, String name, String districtId, String districtName, Double latitude,
			Double longitude, Instant hourStart, Integer hourLabel, Integer aqi, Category category,
			List<String> primaryPollutants, Map<String, Double> concentrations, String ruleSet, Boolean complete) {

		static StationLatest of(StationNow s) {
			Hour h = s.hour();
			return new StationLatest(s.id(), s.name(), s.districtId(), s.districtName(), s.latitude(), s.longitude(),
					h == null ? null : h.hourStart(), h == null ? null : h.hourLabel(), h == null ? null : h.aqi(),
					h == null ? null : Category.of(h.category()), h == null ? List.of() : h.primaryPollutants(),
					h == null ? Map.of() : PublicJson.concentrations(h), h == null ? null : h.ruleSet(),
					h == null ? null : h.complete());
		}
	}

	record HourJson(Instant hourStart, LocalDate day, int hourLabel, Integer aqi, Category category,
			List<String> primaryPollutants, Map<String, Double> concentrations, String ruleSet, boolean complete) {

		static HourJson of(Hour h) {
			return new HourJson(h.hourStart(), h.day(), h.hourLabel(), h.aqi(), Category.of(h.category()),
					h.primaryPollutants(), PublicJson.concentrations(h), h.ruleSet(), h.complete());
		}
	}

	record StationHours(Meta meta, String stationId, Instant from, Instant to, List<HourJson> items) {
	}

	record DayJson(LocalDate day, Integer aqi, Category category, List<String> primaryPollutants, boolean valid,
			String ruleSet, Map<String, Double> concentrations) {

		static DayJson of(Day d) {
			return new DayJson(d.day(), d.aqi(), Category.of(d.category()), d.primaryPollutants(), d.valid(),
					d.ruleSet(), d.concentrations());
		}
	}

	record DistrictDays(Meta meta, String districtId, LocalDate from, LocalDate to, List<DayJson> items) {
	}

	record LatestDay(LocalDate day, Integer aqi, Category category, List<String> primaryPollutants, String ruleSet) {
	}

	record GoodDays(int year, int goodDays, int validDays, BigDecimal goodDayRate, BigDecimal targetGoodDayRate,
			Integer targetGoodDayCount, Integer requiredGoodDays, Integer goodDaysStillNeeded, String status) {
	}

	record MonthRank(int rank, BigDecimal compositeIndex) {
	}

	record District(String id, String name, LatestDay latestDay, GoodDays goodDays, MonthRank monthRank) {

		static District of(DistrictRow d) {
			PortalView.LatestDay l = d.latestDay();
			PortalView.GoodDays g = d.goodDays();
			RankEntry r = d.rank();
			return new District(d.id(), d.name(),
					l == null ? null
							: new LatestDay(l.day(), l.aqi(), Category.of(l.category()), l.primaryPollutants(),
									l.ruleSet()),
					g == null ? null
							: new GoodDays(g.year(), g.goodDays(), g.validDays(), g.rate(), g.targetRate(),
									g.targetCount(), g.requiredGoodDays(), g.goodDaysNeeded(),
									g.status() == null ? null : g.status().name()),
					r == null || r.rank() == 0 ? null : new MonthRank(r.rank(), r.compositeIndex()));
		}
	}

	record Rank(int rank, String districtId, String districtName, BigDecimal compositeIndex, String primaryPollutant,
			BigDecimal goodDayRate, int validDays) {

		static Rank of(RankEntry e) {
			return new Rank(e.rank(), e.districtId(), e.districtName(), e.compositeIndex(),
					e.primaryPollutant() == null ? null : e.primaryPollutant().name(), e.goodDayRate(), e.validDays());
		}
	}

	record Rankings(Meta meta, String month, LocalDate from, LocalDate to, String rankedBy, List<Rank> items) {
	}

	static Map<String, Double> concentrations(Hour h) {
		Map<String, Double> c = new LinkedHashMap<>();
		h.concentrations().forEach((p, v) -> c.put(p.name(), v));
		return c;
	}

	static List<Object> row(Object... fields) {
		List<Object> row = new ArrayList<>(fields.length);
		for (Object f : fields) {
			row.add(f);
		}
		return row;
	}

}
