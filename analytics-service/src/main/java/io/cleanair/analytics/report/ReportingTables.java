package io.cleanair.analytics.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import io.cleanair.analytics.config.AnalyticsProperties;
import io.cleanair.analytics.daily.DailyResultRepository;
import io.cleanair.analytics.daily.DistrictDaysChanged;
import io.cleanair.analytics.daily.Scope;
import io.cleanair.analytics.district.DistrictRepository;
import io.cleanair.analytics.district.TargetSet;
import io.cleanair.core.assessment.PeriodAssessment;
import io.cleanair.core.target.YearToDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the reporting schema's rankings and target progress as the engine computes them
 * ({@link Periods}, {@link YearToDate}): the years whose district days or targets changed
 * are marked when their transaction commits, and {@link #refresh()} recomputes each
 * marked year — and this year whenever the day moved on — to date, as the rankings and
 * good-days APIs answer by default. A change of year Y marks Y + 1 too: its ranking
 * compares with Y. At start-up every year with district days is marked.
 */
@Service
public class ReportingTables {

	private static final Logger log = LoggerFactory.getLogger(ReportingTables.class);

	private final Set<Integer> due = ConcurrentHashMap.newKeySet();

	private final Periods periods;

	private final DailyResultRepository results;

	private final DistrictRepository districts;

	private final ReportingRepository reporting;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final ZoneId zone;

	private volatile LocalDate refreshedOn;

	ReportingTables(Periods periods, DailyResultRepository results, DistrictRepository districts,
			ReportingRepository reporting, TransactionTemplate transaction, Clock clock,
			AnalyticsProperties properties) {
		this.periods = periods;
		this.results = results;
		this.districts = districts;
		this.reporting = reporting;
		this.transaction = transaction;
		this.clock = clock;
		this.zone = properties.zone();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void daysChanged(DistrictDaysChanged changed) {
		changed.years().forEach(y -> {
			due.add(y);
			due.add(y + 1);
		});
	}

	@TransactionalEventListener(fallbackExecution = true)
	void targetSet(TargetSet set) {
		due.add(set.year());
	}

	@EventListener(ApplicationReadyEvent.class)
	void markYearsWithResults() {
		due.addAll(reporting.yearsWithDistrictDays());
	}

	/** Recomputes the marked years (and this year after the day moved on). */
	public void refresh() {
		LocalDate today = LocalDate.now(clock.withZone(zone));
		Set<Integer> years = new TreeSet<>();
		for (Integer y : due) {
			if (due.remove(y)) {
				years.add(y);
			}
		}
		if (!today.equals(refreshedOn)) {
			years.add(today.getYear());
		}
		for (int year : years) {
			if (year > today.getYear()) {
				continue;
			}
			try {
				refreshYear(year, today);
			}
			catch (RuntimeException e) {
				due.add(year);
				log.warn("Could not refresh the reporting rankings and targets of {}: {}", year, e.toString());
				return;
			}
		}
		refreshedOn = today;
	}

	private void refreshYear(int year, LocalDate today) {
		LocalDate from = LocalDate.of(year, 1, 1);
		LocalDate to = year == today.getYear() ? today : LocalDate.of(year, 12, 31);
		List<Periods.RankedDistrict> ranking = periods.ranking(from, to);
		List<ReportingRepository.Progress> progress = new ArrayList<>();
		Set<String> ids = new TreeSet<>(results.districtsWithResults(from, to));
		districts.targetsOf(year).forEach(t -> ids.add(t.districtId()));
		for (String id : ids) {
			PeriodAssessment p = periods.assess(Scope.DISTRICT, id, from, to);
			Optional<DistrictRepository.Target> target = districts.findTarget(id, year);
			progress.add(new ReportingRepository.Progress(id, year, p, target,
					target.map(t -> YearToDate.progress(t.goodDayTarget(), p))));
		}
		transaction.executeWithoutResult(status -> {
			reporting.replaceRanking(year, from, to, ranking);
			reporting.replaceProgress(year, progress);
		});
	}

}
