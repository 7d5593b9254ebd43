package io.cleanair.alert.briefing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cleanair.alert.accountability.AccountabilityService;
import io.cleanair.alert.config.AlertProperties;
import io.cleanair.alert.facts.AnalyticsFacts;
import io.cleanair.alert.facts.AnalyticsFacts.Day;
import io.cleanair.alert.facts.AnalyticsFacts.GoodDays;
import io.cleanair.alert.facts.AnalyticsFacts.RankedDistrict;
import io.cleanair.alert.facts.AnalyticsUnavailableException;
import io.cleanair.alert.rectification.RectificationItem;
import io.cleanair.alert.rectification.RectificationService;
import io.cleanair.core.alerting.Language;
import io.cleanair.core.target.GoodDayTarget;
import org.springframework.stereotype.Component;

/**
 * Gathers a briefing's figures: from analytics over its API (daily results, good days
 * against targets, the ranking, PM2.5 by month, completeness) and from alert-service's
 * own records (ladder steps, incidents, ledger). Blocking: call it off the event loop.
 */
@Component
public class BriefingAssembler {

	private final AnalyticsFacts analytics;

	private final AccountabilityService accountability;

	private final RectificationService rectifications;

	private final IncidentDigest incidents;

	private final BriefingProperties properties;

	private final ZoneId zone;

	private final Clock clock;

	BriefingAssembler(AnalyticsFacts analytics, AccountabilityService accountability,
			RectificationService rectifications, IncidentDigest incidents, BriefingProperties properties,
			AlertProperties alert, Clock clock) {
		this.analytics = analytics;
		this.accountability = accountability;
		this.rectifications = rectifications;
		this.incidents = incidents;
		this.properties = properties;
		this.zone = alert.zone();
		this.clock = clock;
	}

	/** Yesterday in the city's zone: the default date of a briefing. */
	public LocalDate yesterday() {
		return LocalDate.ofInstant(clock.instant(), zone).minusDays(1);
	}

	public Briefing assemble(BriefingPeriod period, LocalDate date, Language language) {
		LocalDate from = period.from(date);
		Map<String, String> names = new LinkedHashMap<>();
		analytics.districts().forEach(d -> names.put(d.id(), d.name()));
		AnalyticsFacts.Ranking ranking = analytics.ranking(date.getYear(), date.getMonthValue(), date);
		ranking.districts().forEach(d -> names.putIfAbsent(d.districtId(), d.districtId()));
		LocalDate previousEnd = period.previousEnd(date);
		Map<String, Integer> previousRanks = previousRanks(previousEnd);

		List<Briefing.Air> air = new ArrayList<>();
		for (Map.Entry<String, String> d : names.entrySet()) {
			air.add(air("district", d.getKey(), d.getValue(), from, date));
		}
		Briefing.Air city = air("city", analytics.cityId(), properties.cityName(language), from, date);

		List<Briefing.Target> targets = new ArrayList<>();
		for (Map.Entry<String, String> d : names.entrySet()) {
			GoodDays now = analytics.goodDays(d.getKey(), date);
			GoodDays lastYear = lastYear(d.getKey(), date);
			targets.add(target(d.getKey(), d.getValue(), now, lastYear, date));
		}

		List<Briefing.Rank> ranks = new ArrayList<>();
		for (RankedDistrict r : ranking.districts()) {
			Integer before = previousRanks.get(r.districtId());
			Integer movement = before == null || r.rankByCompositeIndex() == 0 ? null
					: before - r.rankByCompositeIndex();
			ranks.add(new Briefing.Rank(r.districtId(), names.get(r.districtId()), r.rankByCompositeIndex(),
					r.compositeIndex(), r.rankByGoodDayRate(), r.goodDayRate(), r.bottomThree(), movement));
		}

		List<Briefing.LadderStep> steps = accountability.steps(null, date.getYear())
			.stream()
			.map(s -> new Briefing.LadderStep(s.districtId(), names.getOrDefault(s.districtId(), s.districtId()),
					s.month().toString(), s.sanction().name(),
					language == Language.ZH ? s.sanction().chinese() : s.sanction().english(), s.streak(),
					s.evidence()
						.stream()
						.map(e -> e.month() + " #" + e.rank() + "/" + e.districtsRanked())
						.reduce((a, b) -> a + ", " + b)
						.orElse(s.evidenceNote() == null ? "" : s.evidenceNote())))
			.toList();

		var start = from.atStartOfDay(zone).toInstant();
		var end = date.plusDays(1).atStartOfDay(zone).toInstant();
		RectificationService.Digest ledger = rectifications.digest(start, end, date);
		Briefing.Ledger led = new Briefing.Ledger(lines(ledger.due()), lines(ledger.overdue()), lines(ledger.closed()));

		List<Briefing.StationData> completeness = analytics.completeness(from, date)
			.stations()
			.stream()
			.map(s -> new Briefing.StationData(s.stationId(), s.districtId(), s.days(), s.validDays(), s.silent()))
			.toList();

		List<Briefing.Pm25Month> pm25 = analytics
			.pm25ByMonth("city", analytics.cityId(), LocalDate.of(date.getYear(), 1, 1), date)
			.points()
			.stream()
			.map(p -> new Briefing.Pm25Month(p.time().length() >= 7 ? p.time().substring(0, 7) : p.time(), p.value(),
					p.previousYear()))
			.toList();

		return new Briefing(period, from, date, language, properties.cityName(language), clock.instant(), city, air,
				targets, ranks, ranking.from(), steps, incidents.of(start, end, clock.instant()), led, completeness,
				pm25);
	}

	private Map<String, Integer> previousRanks(LocalDate previousEnd) {
		Map<String, Integer> ranks = new HashMap<>();
		try {
			for (RankedDistrict r : analytics.ranking(previousEnd.getYear(), previousEnd.getMonthValue(), previousEnd)
				.districts()) {
				if (r.rankByCompositeIndex() > 0) {
					ranks.put(r.districtId(), r.rankByCompositeIndex());
				}
			}
		}
		catch (AnalyticsUnavailableException e) {
			// no ranking for the previous period (e.g. before any data): no movement to
			// show
		}
		return ranks;
	}

	private GoodDays lastYear(String districtId, LocalDate date) {
		try {
			return analytics.goodDays(districtId, date.minusYears(1));
		}
		catch (AnalyticsUnavailableException e) {
			return null;
		}
	}

	private Briefing.Air air(String scope, String id, String name, LocalDate from, LocalDate to) {
		List<Day> days = analytics.daily(scope, id, from, to).items();
		Day last = days.stream().filter(d -> d.date().equals(to)).findFirst().orElse(null);
		int valid = (int) days.stream().filter(Day::valid).count();
		int good = (int) days.stream().filter(d -> d.valid() && d.aqi() != null && d.aqi() <= 100).count();
		return new Briefing.Air(id, name, to, last == null || !last.valid() ? null : last.aqi(),
				last == null || !last.valid() ? null : last.category(),
				last == null ? List.of() : last.primaryPollutants(), good, valid);
	}

	private static Briefing.Target target(String id, String name, GoodDays g, GoodDays lastYear, LocalDate date) {
		BigDecimal targetRate = g.target() == null ? null : g.target().goodDayRate();
		int required = 0;
		if (g.target() != null) {
			GoodDayTarget t = g.target().goodDayCount() != null
					? GoodDayTarget.count(date.getYear(), g.target().goodDayCount())
					: GoodDayTarget.rate(date.getYear(), g.target().goodDayRate());
			required = t.requiredGoodDays();
		}
		int pace = (int) Math.round((double) required * date.getDayOfYear() / Year.of(date.getYear()).length());
		BigDecimal change = g.goodDayRate() == null || lastYear == null || lastYear.goodDayRate() == null ? null
				: g.goodDayRate().subtract(lastYear.goodDayRate()).setScale(1, RoundingMode.HALF_EVEN);
		return new Briefing.Target(id, name, targetRate, g.goodDays(), g.validDays(), g.goodDayRate(),
				g.nonGoodDaysAllowed(), g.requiredRemainingRate(), g.status(), change, required, pace);
	}

	private static List<Briefing.LedgerLine> lines(List<RectificationItem> items) {
		return items.stream()
			.map(i -> new Briefing.LedgerLine(i.id().toString(), i.title(), i.districtId(), i.officialId(),
					i.deadline(), i.status().name()))
			.toList();
	}

}
