package io.cleanair.alert.briefing;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.cleanair.alert.config.AlertProperties;
import io.cleanair.alert.notice.OutboxNotices;
import io.cleanair.alert.notice.Recipients;
import io.cleanair.core.alerting.Channel;
import io.cleanair.core.alerting.Language;
import io.cleanair.core.alerting.NoticeKind;
import io.cleanair.core.alerting.Official;
import io.cleanair.core.alerting.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every morning from the configured time (default 07:30, the city's zone): yesterday's
 * daily briefing, on Mondays also the week's and on the 1st the month's, e-mailed through
 * the outbox to the officials holding the {@link Role#LEADING_GROUP} role. Exactly once
 * whatever the number of instances: the run is claimed by inserting its
 * {@code briefing_run} row in the same transaction that stores the notices (another
 * instance's insert waits for that commit and then finds the row taken); a failure
 * (analytics down) rolls the claim back and a later tick tries again.
 */
@Component
public class MorningBriefing {

	private static final Logger log = LoggerFactory.getLogger(MorningBriefing.class);

	private final BriefingAssembler assembler;

	private final Recipients recipients;

	private final OutboxNotices notices;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final BriefingProperties properties;

	private final ZoneId zone;

	private final Clock clock;

	private final String instance = java.util.UUID.randomUUID().toString();

	MorningBriefing(BriefingAssembler assembler, Recipients recipients, OutboxNotices notices, JdbcClient jdbc,
			TransactionTemplate transaction, BriefingProperties properties, AlertProperties alert, Clock clock) {
		this.assembler = assembler;
		this.recipients = recipients;
		this.notices = notices;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.properties = properties;
		this.zone = alert.zone();
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${aq.alert.briefing.check-interval:PT1M}",
			initialDelayString = "${aq.alert.briefing.initial-delay:PT20S}")
	void tick() {
		try {
			sendDue();
		}
		catch (RuntimeException e) {
			log.warn("The morning briefing could not be sent yet: {}", e.getMessage());
		}
	}

	/** Sends what is due now and not sent yet; returns the number of notices stored. */
	public int sendDue() {
		ZonedDateTime now = clock.instant().atZone(zone);
		if (!properties.morning() || now.toLocalTime().isBefore(properties.morningAt())) {
			return 0;
		}
		LocalDate yesterday = now.toLocalDate().minusDays(1);
		int stored = send(BriefingPeriod.DAILY, yesterday);
		if (now.getDayOfWeek() == DayOfWeek.MONDAY) {
			stored += send(BriefingPeriod.WEEKLY, yesterday);
		}
		if (now.getDayOfMonth() == 1) {
			stored += send(BriefingPeriod.MONTHLY, yesterday);
		}
		return stored;
	}

	int send(BriefingPeriod period, LocalDate day) {
		Integer stored = transaction.execute(status -> {
			boolean claimed = jdbc.sql("""
					INSERT INTO briefing_run (period, day, claimed_at, claimed_by) VALUES (?, ?, ?, ?)
					ON CONFLICT (period, day) DO NOTHING
					""")
				.params(period.name(), Date.valueOf(day), Timestamp.from(clock.instant()), instance)
				.update() == 1;
			if (!claimed) {
				return 0;
			}
			List<Official> group = recipients.withRole(Role.LEADING_GROUP);
			Map<Language, Rendered> byLanguage = new EnumMap<>(Language.class);
			int n = 0;
			for (Official o : group) {
				Rendered r = byLanguage.computeIfAbsent(o.language(), l -> render(period, day, l));
				if (notices.enqueue(NoticeKind.BRIEFING, "briefing:" + period + ":" + day, o, Channel.EMAIL,
						r.subject(), r.text(), r.html(), clock.instant())) {
					n++;
				}
			}
			jdbc.sql("UPDATE briefing_run SET recipients = ? WHERE period = ? AND day = ?")
				.params(n, period.name(), Date.valueOf(day))
				.update();
			return n;
		});
		if (stored != null && stored > 0) {
			log.info("The {} briefing of {} goes to {} official(s) of the leading group", period.english(), day,
					stored);
			notices.wake();
		}
		return stored == null ? 0 : stored;
	}

	private Rendered render(BriefingPeriod period, LocalDate day, Language language) {
		Briefing b = assembler.assemble(period, day, language);
		String subject = BriefingLayout.title(b) + " " + (b.from().equals(b.to()) ? b.to() : b.from() + "–" + b.to());
		return new Rendered(subject, TextBriefing.render(b, zone), HtmlBriefing.render(b, zone));
	}

	private record Rendered(String subject, String text, String html) {
	}

}
