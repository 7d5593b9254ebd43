package io.cleanair.alert.accountability;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.cleanair.alert.accountability.LadderRecord.Standing;
import io.cleanair.alert.accountability.LadderRecord.Step;
import io.cleanair.alert.config.AlertProperties;
import io.cleanair.alert.facts.AnalyticsFacts;
import io.cleanair.alert.notice.OutboxNotices;
import io.cleanair.alert.notice.Recipients;
import io.cleanair.core.accountability.AccountabilityLadder;
import io.cleanair.core.accountability.MonthStanding;
import io.cleanair.core.accountability.Sanction;
import io.cleanair.core.alerting.Channel;
import io.cleanair.core.alerting.Language;
import io.cleanair.core.alerting.NoticeKind;
import io.cleanair.core.alerting.Official;
import io.cleanair.core.target.TargetStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the ladder's record: a month's ranking (from analytics) is recorded once the
 * month is over, the ladder ({@link AccountabilityLadder}) says which step each
 * district's streak calls for, and a new step is stored with its evidence and told,
 * through the outbox, to the roles it is addressed to. Evaluating a month again changes
 * nothing (steps are unique per district, month and step; notices per step, official and
 * channel).
 */
@Service
public class AccountabilityService {

	private static final Logger log = LoggerFactory.getLogger(AccountabilityService.class);

	/** How far back a streak is looked for (the last rung is reached long before). */
	private static final int LOOK_BACK_MONTHS = 24;

	private final AccountabilityRepository repository;

	private final AnalyticsFacts analytics;

	private final Recipients recipients;

	private final OutboxNotices notices;

	private final TransactionTemplate transaction;

	private final AccountabilityLadder ladder;

	private final ZoneId zone;

	private final Clock clock;

	AccountabilityService(AccountabilityRepository repository, AnalyticsFacts analytics, Recipients recipients,
			OutboxNotices notices, TransactionTemplate transaction, AccountabilityProperties properties,
			AlertProperties alert, Clock clock) {
		this.repository = repository;
		this.analytics = analytics;
		this.recipients = recipients;
		this.notices = notices;
		this.transaction = transaction;
		this.ladder = new AccountabilityLadder(properties.rules());
		this.zone = alert.zone();
		this.clock = clock;
	}

	/**
	 * Records a finished month's ranking and takes the steps it calls for; returns the
	 * new steps.
	 */
	public List<Step> evaluateMonth(YearMonth month) {
		YearMonth current = YearMonth.from(clock.instant().atZone(zone));
		if (!month.isBefore(current)) {
			throw new IllegalArgumentException("month " + month + " is not over yet");
		}
		AnalyticsFacts.Ranking ranking = analytics.ranking(month.getYear(), month.getMonthValue(), null);
		int ranked = (int) ranking.districts().stream().filter(d -> d.rankByCompositeIndex() > 0).count();
		List<Step> taken = transaction.execute(status -> {
			Instant now = clock.instant();
			for (AnalyticsFacts.RankedDistrict d : ranking.districts()) {
				if (d.rankByCompositeIndex() > 0) {
					repository.upsertStanding(new Standing(d.districtId(), month, d.rankByCompositeIndex(), ranked,
							d.bottomThree(), d.compositeIndex()), now);
				}
			}
			List<Step> steps = new ArrayList<>();
			for (String district : repository.districtsOf(month)) {
				List<Standing> standings = repository.standings(district, month.minusMonths(LOOK_BACK_MONTHS), month);
				int streak = AccountabilityLadder
					.streak(standings.stream().map(AccountabilityService::standing).toList());
				Optional<Sanction> sanction = ladder.stepFor(streak);
				if (sanction.isPresent()) {
					List<Standing> evidence = standings.subList(standings.size() - streak, standings.size());
					Step step = new Step(UUID.randomUUID(), district, month, sanction.get(), sanction.get().chinese(),
							streak, evidence, null, now);
					if (repository.insertStep(step)) {
						steps.add(step);
						tell(step, now);
					}
				}
			}
			return steps;
		});
		notices.wake();
		taken.forEach(s -> log.info("Accountability: {} for {} ({} months in the bottom three to {})", s.sanction(),
				s.districtId(), s.streak(), s.month()));
		return taken;
	}

	/**
	 * After the year: a district that missed its good-day target is vetoed; returns the
	 * new steps.
	 */
	public List<Step> evaluateYear(int year) {
		if (year >= LocalDate.ofInstant(clock.instant(), zone).getYear()) {
			throw new IllegalArgumentException("year " + year + " is not over yet");
		}
		LocalDate lastDay = LocalDate.of(year, 12, 31);
		List<Step> vetoes = new ArrayList<>();
		for (AnalyticsFacts.District d : analytics.districts()) {
			AnalyticsFacts.GoodDays g = analytics.goodDays(d.id(), lastDay);
			TargetStatus status = g.status() == null ? null : TargetStatus.valueOf(g.status());
			if (AccountabilityLadder.annual(status).isEmpty()) {
				continue;
			}
			Step step = new Step(UUID.randomUUID(), d.id(), YearMonth.of(year, 12), Sanction.VETO,
					Sanction.VETO.chinese(), 0, List.of(),
					"good days " + g.goodDays() + " of " + g.validDays() + " valid days, target "
							+ (g.target() == null ? "?" : g.target().goodDayRate() + " %") + ": " + g.status(),
					clock.instant());
			Boolean stored = transaction.execute(s -> {
				boolean inserted = repository.insertStep(step);
				if (inserted) {
					tell(step, step.recordedAt());
				}
				return inserted;
			});
			if (Boolean.TRUE.equals(stored)) {
				vetoes.add(step);
			}
		}
		notices.wake();
		return vetoes;
	}

	/**
	 * Whether last month's ranking has been recorded (the scheduler asks before
	 * evaluating).
	 */
	boolean recorded(YearMonth month) {
		return repository.monthRecorded(month);
	}

	/** The steps of a year (a district's, or every district's), newest first. */
	public List<Step> steps(String districtId, int year) {
		return repository.steps(districtId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
	}

	/** The standings of a year for a district, oldest first. */
	public List<Standing> standings(String districtId, int year) {
		return repository.standings(districtId, YearMonth.of(year, 1), YearMonth.of(year, 12));
	}

	/** The steps recorded in [from, to). */
	public List<Step> recordedBetween(Instant from, Instant to) {
		return repository.recordedBetween(from, to);
	}

	private void tell(Step step, Instant now) {
		for (Official o : recipients.forDistrict(step.districtId(), step.sanction().addressees())) {
			boolean zh = o.language() == Language.ZH;
			String subject = zh ? "【" + step.sanction().chinese() + "】" + step.districtId() + " " + step.month()
					: "[" + step.sanction().english() + "] " + step.districtId() + " " + step.month();
			String text = LadderMessages.text(step, zh);
			notices.enqueue(NoticeKind.ACCOUNTABILITY,
					"accountability:" + step.districtId() + ":" + step.month() + ":" + step.sanction(), o,
					Channel.EMAIL, subject, text, null, now);
		}
	}

	private static MonthStanding standing(Standing s) {
		return new MonthStanding(s.districtId(), s.month(), s.rank(), s.bottomThree());
	}

}
