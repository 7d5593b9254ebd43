package io.cleanair.portal.view;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import io.cleanair.core.aqi.AqiStandards;
import io.cleanair.core.assessment.PeriodAssessment;
import io.cleanair.core.target.TargetProgress;
import io.cleanair.core.target.YearToDate;
import io.cleanair.portal.config.PortalProperties;
import io.cleanair.portal.district.DailyRepository;
import io.cleanair.portal.district.DailyRepository.Day;
import io.cleanair.portal.district.TargetRepository;
import io.cleanair.portal.hour.HourRepository;
import io.cleanair.portal.hour.HourRepository.Hour;
import io.cleanair.portal.station.StationRepository;
import io.cleanair.portal.view.PortalView.DistrictRow;
import io.cleanair.portal.view.PortalView.GoodDays;
import io.cleanair.portal.view.PortalView.LatestDay;
import io.cleanair.portal.view.PortalView.RankEntry;
import io.cleanair.portal.view.PortalView.Ranking;
import io.cleanair.portal.view.PortalView.StationNow;
import org.springframework.stereotype.Component;

/**
 * Builds the {@link PortalView} from the read model: a handful of queries, whatever the
 * traffic.
 */
@Component
public class ViewBuilder {

	static final int CHART_HOURS = 48;

	private final StationRepository stations;

	private final HourRepository hours;

	private final DailyRepository days;

	private final TargetRepository targets;

	private final Clock clock;

	private final ZoneId zone;

	ViewBuilder(StationRepository stations, HourRepository hours, DailyRepository days, TargetRepository targets,
			Clock clock, PortalProperties properties) {
		this.stations = stations;
		this.hours = hours;
		this.days = days;
		this.targets = targets;
		this.clock = clock;
		this.zone = properties.zone();
	}

	PortalView build(long version) {
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, zone);
		Map<String, String> districtNames = districtNames();
		List<StationNow> stationRows = stationRows(districtNames);
		Instant dataTime = stationRows.stream()
			.filter(s -> s.hour() != null)
			.map(s -> s.hour().hourStart().plus(Duration.ofHours(1)))
			.max(Comparator.naturalOrder())
			.orElse(null);
		Map<String, List<Day>> yearDays = days.districtDays(today.withDayOfYear(1), today);
		Ranking ranking = Rankings.month(YearMonth.from(today), today, yearDays, districtNames);
		List<DistrictRow> districts = districtRows(today, yearDays, districtNames, stationRows, ranking);
		return new PortalView(version, now, today, dataTime, AqiStandards.hj633For(today).id(), stationRows, districts,
				ranking);
	}

	/** A view with nothing in it yet, for the time before the first build. */
	PortalView empty(long version) {
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, zone);
		return new PortalView(version, now, today, null, AqiStandards.hj633For(today).id(), List.of(), List.of(),
				new Ranking(YearMonth.from(today), today.withDayOfMonth(1), today, List.of()));
	}

	/** A past month's ranking, for the rankings API. */
	public Ranking ranking(YearMonth month, LocalDate today) {
		Map<String, List<Day>> monthDays = days.districtDays(month.atDay(1), month.atEndOfMonth());
		return Rankings.month(month, today, monthDays, districtNames());
	}

	private Map<String, String> districtNames() {
		Map<String, String> names = new HashMap<>();
		// rows come oldest year first, so the newest name wins
		targets.all().forEach(t -> {
			if (t.districtName() != null) {
				names.put(t.districtId(), t.districtName());
			}
		});
		return names;
	}

	private List<StationNow> stationRows(Map<String, String> districtNames) {
		Map<String, Hour> latest = new HashMap<>();
		hours.latest().forEach(h -> latest.put(h.stationId(), h));
		Instant newest = latest.values().stream().map(Hour::hourStart).max(Comparator.naturalOrder()).orElse(null);
		Map<String, List<Hour>> recent = newest == null ? Map.of()
				: hours.allSeries(newest.minus(Duration.ofHours(CHART_HOURS * 2L)), newest.plusSeconds(1));
		List<StationNow> rows = new ArrayList<>();
		for (StationRepository.Station s : stations.findAll()) {
			Hour hour = latest.get(s.id());
			List<Hour> last48 = hour == null ? List.of()
					: recent.getOrDefault(s.id(), List.of())
						.stream()
						.filter(h -> h.hourStart().isAfter(hour.hourStart().minus(Duration.ofHours(CHART_HOURS))))
						.toList();
			rows.add(new StationNow(s.id(), s.name() == null ? s.id() : s.name(), s.districtId(),
					districtNames.getOrDefault(s.districtId(), s.districtId()), s.latitude(), s.longitude(), hour,
					last48));
		}
		return rows;
	}

	private List<DistrictRow> districtRows(LocalDate today, Map<String, List<Day>> yearDays, Map<String, String> names,
			List<StationNow> stationRows, Ranking ranking) {
		TreeSet<String> ids = new TreeSet<>(yearDays.keySet());
		stationRows.stream().map(StationNow::districtId).filter(d -> d != null).forEach(ids::add);
		Map<String, TargetRepository.Target> thisYear = new LinkedHashMap<>();
		targets.all().stream().filter(t -> t.year() == today.getYear()).forEach(t -> thisYear.put(t.districtId(), t));
		List<DistrictRow> rows = new ArrayList<>();
		for (String id : ids) {
			List<Day> dayList = yearDays.getOrDefault(id, List.of());
			// the latest day with a valid AQI (today's, once it has one), else the latest
			// day at all
			Day last = dayList.stream()
				.filter(d -> d.aqi() != null)
				.reduce((a, b) -> b)
				.orElse(dayList.isEmpty() ? null : dayList.get(dayList.size() - 1));
			LatestDay latestDay = last == null ? null
					: new LatestDay(last.day(), last.aqi(), last.category(), last.primaryPollutants(), last.ruleSet());
			RankEntry rank = ranking.entries().stream().filter(r -> r.districtId().equals(id)).findFirst().orElse(null);
			rows.add(new DistrictRow(id, names.getOrDefault(id, id), latestDay,
					goodDays(today, dayList, thisYear.get(id)), rank));
		}
		return rows;
	}

	private static GoodDays goodDays(LocalDate today, List<Day> dayList, TargetRepository.Target target) {
		if (dayList.isEmpty() && target == null) {
			return null;
		}
		PeriodAssessment soFar = Rankings.assess(today.withDayOfYear(1), today, dayList);
		if (target == null) {
			return new GoodDays(today.getYear(), soFar.goodDays(), soFar.validDays(), soFar.goodDayRate().orElse(null),
					null, null, null, null, null);
		}
		TargetProgress p = YearToDate.progress(target.goodDayTarget(), soFar);
		return new GoodDays(today.getYear(), soFar.goodDays(), soFar.validDays(), soFar.goodDayRate().orElse(null),
				target.goodDayRate(), target.goodDayCount(), p.target().requiredGoodDays(), p.goodDaysNeeded(),
				p.status());
	}

}
