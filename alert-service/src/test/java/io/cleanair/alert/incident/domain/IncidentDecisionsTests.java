package io.cleanair.alert.incident.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.cleanair.alert.incident.domain.Outcome.Write;
import io.cleanair.alert.incident.domain.PastNotice.State;
import io.cleanair.core.alerting.Channel;
import io.cleanair.core.alerting.Incident;
import io.cleanair.core.alerting.IncidentLifecycle;
import io.cleanair.core.alerting.IncidentLifecycle.Action;
import io.cleanair.core.alerting.Language;
import io.cleanair.core.alerting.NoticeKind;
import io.cleanair.core.alerting.NotificationPlanner;
import io.cleanair.core.alerting.Official;
import io.cleanair.core.alerting.QuietHours;
import io.cleanair.core.alerting.Role;
import io.cleanair.core.alerting.RoutingPolicy;
import io.cleanair.core.event.AlertSignal;
import io.cleanair.core.event.AlertSignal.Severity;
import io.cleanair.core.event.AlertSignal.SignalType;
import io.cleanair.core.pollutant.Pollutant;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The incident decisions without a database: each returns the next state, the timeline
 * and the notices.
 */
class IncidentDecisionsTests {

	static final Instant T0 = Instant.parse("2026-11-28T02:00:00Z");

	static final String KEY = "HEAVY_POLLUTION:haidian:2026-11-28";

	final IncidentDecisions decisions = new IncidentDecisions(new IncidentLifecycle(Duration.ofHours(1)),
			new NotificationPlanner(), RoutingPolicy.standard(), Duration.ofMinutes(2));

	final Official deputy = official("deputy", Role.DEPUTY_IN_CHARGE, null);

	final Official principal = official("principal", Role.PRINCIPAL_RESPONSIBLE, null);

	final FakeAudience audience = new FakeAudience(List.of(deputy, principal));

	@Test
	void aFirstSignalOpensTheIncidentAndPlansTheDeputysNotices() {
		Outcome outcome = decisions.onSignal(null, Map.of(), signal(SignalType.HEAVY_POLLUTION, Severity.WARNING),
				audience, T0);
		assertThat(outcome.action()).isEqualTo(Action.OPENED);
		assertThat(outcome.write()).isEqualTo(Write.INSERT);
		assertThat(outcome.incident().stepsDone()).containsExactly(0);
		assertThat(outcome.events()).extracting(TimelineEvent::action).containsExactly("OPENED", "NOTIFIED");
		assertThat(outcome.notices()).extracting(n -> n.official().id() + "/" + n.channel())
			.containsExactlyInAnyOrder("deputy/SMS", "deputy/EMAIL");
		assertThat(outcome.notices()).allMatch(n -> n.deliverAt().equals(T0));
		assertThat(audience.noticesRead).isZero();
	}

	@Test
	void quietHoursHoldTheNoticeAndSaySoOnTheTimeline() {
		Official sleeper = official("sleeper", Role.DEPUTY_IN_CHARGE,
				new QuietHours(LocalTime.of(0, 0), LocalTime.of(23, 59), ZoneId.of("Asia/Shanghai")));
		Outcome outcome = decisions.onSignal(null, Map.of(), signal(SignalType.HEAVY_POLLUTION, Severity.WARNING),
				new FakeAudience(List.of(sleeper)), T0);
		assertThat(outcome.events()).filteredOn(TimelineEvent.Held.class::isInstance).singleElement().satisfies(e -> {
			assertThat(e.actor()).isEqualTo("sleeper");
			assertThat(e.note()).startsWith("held for quiet hours until ");
		});
		assertThat(outcome.notices()).allMatch(n -> n.deliverAt().isAfter(T0));
	}

	@Test
	void resolutionWithdrawsHeldAlertsAndTellsThoseToldAfterTheRecoveryDelay() {
		Incident open = decisions
			.onSignal(null, Map.of(), signal(SignalType.HEAVY_POLLUTION, Severity.WARNING), audience, T0)
			.incident();
		Instant now = T0.plus(Duration.ofMinutes(20));
		audience.past.add(new PastNotice("deputy", Channel.SMS, NoticeKind.ALERT, State.SENT, T0));
		audience.past.add(new PastNotice("deputy", Channel.EMAIL, NoticeKind.ALERT, State.PENDING, now));
		audience.past
			.add(new PastNotice("principal", Channel.EMAIL, NoticeKind.ALERT, State.PENDING, now.plusSeconds(60)));

		Outcome outcome = decisions.onSignal(open, Map.of("pm25", 180.0), signal(SignalType.RECOVERED, Severity.INFO),
				audience, now);

		assertThat(outcome.action()).isEqualTo(Action.RESOLVED);
		assertThat(outcome.figures()).as("a recovery keeps the stored figures").isNull();
		assertThat(outcome.noticeFigures()).containsEntry("pm25", 180.0);
		assertThat(outcome.events()).extracting(TimelineEvent::action)
			.containsExactly("RESOLVED", "WITHDRAWN", "RECOVERY_NOTICE");
		assertThat(outcome.events().get(1).note()).isEqualTo("1 held alert(s) withdrawn");
		assertThat(outcome.events().get(2).note()).isEqualTo("recovery notice to deputy");
		assertThat(outcome.withdrawals()).containsExactly(
				new Withdrawal(NoticeKind.ALERT, false, "withdrawn: the incident resolved while the alert was held"));
		assertThat(outcome.notices()).extracting(n -> n.official().id() + "/" + n.channel() + "/" + n.kind())
			.containsExactlyInAnyOrder("deputy/SMS/RECOVERY", "deputy/EMAIL/RECOVERY");
		assertThat(outcome.notices()).allMatch(n -> n.deliverAt().equals(now.plus(Duration.ofMinutes(2))));
		assertThat(outcome.signalId()).isNull();
	}

	@Test
	void reopeningWithdrawsUnsentRecoveryNoticesAndTellsThoseWhoHeardItIsBack() {
		Incident open = decisions
			.onSignal(null, Map.of(), signal(SignalType.HEAVY_POLLUTION, Severity.WARNING), audience, T0)
			.incident();
		Instant later = T0.plus(Duration.ofMinutes(20));
		Incident resolved = decisions
			.onSignal(open, Map.of(), signal(SignalType.RECOVERED, Severity.INFO), audience, later)
			.incident();
		audience.past.add(new PastNotice("deputy", Channel.SMS, NoticeKind.RECOVERY, State.SENT, later));
		audience.past.add(new PastNotice("deputy", Channel.EMAIL, NoticeKind.RECOVERY, State.PENDING, later));

		Outcome outcome = decisions.onSignal(resolved, Map.of(), signal(SignalType.HEAVY_POLLUTION, Severity.WARNING),
				audience, later.plus(Duration.ofMinutes(10)));

		assertThat(outcome.action()).isEqualTo(Action.REOPENED);
		assertThat(outcome.events()).extracting(TimelineEvent::action).startsWith("REOPENED", "WITHDRAWN");
		assertThat(outcome.events().get(1).note()).isEqualTo("1 recovery notice(s) withdrawn");
		assertThat(outcome.withdrawals()).extracting(Withdrawal::kind, Withdrawal::evenIfDue)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(NoticeKind.RECOVERY, true));
		assertThat(outcome.notices()).filteredOn(n -> n.kind() == NoticeKind.RETURNED)
			.extracting(n -> n.official().id() + "/" + n.channel())
			.containsExactly("deputy/SMS");
	}

	@Test
	void escalationWithNothingDueChangesNothing() {
		Incident open = decisions
			.onSignal(null, Map.of(), signal(SignalType.HEAVY_POLLUTION, Severity.WARNING), audience, T0)
			.incident();
		Outcome early = decisions.escalateDue(open, Map.of(), audience, T0.plus(Duration.ofMinutes(29)));
		assertThat(early.write()).isEqualTo(Write.NONE);
		assertThat(early.events()).isEmpty();
		assertThat(early.notices()).isEmpty();

		Outcome due = decisions.escalateDue(open, Map.of(), audience, T0.plus(Duration.ofMinutes(30)));
		assertThat(due.write()).isEqualTo(Write.UPDATE);
		assertThat(due.notices()).extracting(n -> n.official().id()).containsOnly("principal");
		assertThat(due.events()).singleElement().isInstanceOf(TimelineEvent.Notified.class);
	}

	@Test
	void acknowledgementIsRecordedOnceWithHowItCame() {
		Incident open = decisions
			.onSignal(null, Map.of(), signal(SignalType.HEAVY_POLLUTION, Severity.WARNING), audience, T0)
			.incident();
		Outcome first = decisions.acknowledge(open, "deputy", "key ok-1", T0.plusSeconds(60));
		assertThat(first.action()).isEqualTo(Action.ACKNOWLEDGED);
		assertThat(first.events()).singleElement().satisfies(e -> {
			assertThat(e.action()).isEqualTo("ACKNOWLEDGED");
			assertThat(e.actor()).isEqualTo("deputy");
			assertThat(e.note()).endsWith(" (key ok-1)");
		});
		Outcome again = decisions.acknowledge(first.incident(), "deputy", null, T0.plusSeconds(120));
		assertThat(again.action()).isEqualTo(Action.IGNORED);
		assertThat(again.write()).isEqualTo(Write.NONE);
		assertThat(again.events()).extracting(TimelineEvent::action).containsExactly("ACK_IGNORED");
	}

	@Test
	void aRedundantSignalWithoutAnIncidentLeavesNoTrace() {
		Outcome outcome = decisions.onSignal(null, Map.of(), signal(SignalType.RECOVERED, Severity.INFO), audience, T0);
		assertThat(outcome.action()).isEqualTo(Action.IGNORED);
		assertThat(outcome.write()).isEqualTo(Write.NONE);
		assertThat(outcome.notices()).isEmpty();
	}

	static AlertSignal signal(SignalType type, Severity severity) {
		return new AlertSignal(UUID.randomUUID(), AlertSignal.SCHEMA_VERSION, type, severity, "haidian", "wanliu",
				Pollutant.PM2_5, KEY, type + " in haidian", Map.of("pm25", 180.0), T0);
	}

	static Official official(String id, Role role, QuietHours quiet) {
		return new Official(id, id, id + "@example.org", "+8613800000" + Math.abs(id.hashCode() % 100), Language.EN,
				Set.of(role), Set.of("haidian"), quiet, true);
	}

	static final class FakeAudience implements Audience {

		final List<Official> officials;

		final List<PastNotice> past = new ArrayList<>();

		int noticesRead;

		FakeAudience(List<Official> officials) {
			this.officials = officials;
		}

		@Override
		public List<Official> ofDistrict(String districtId) {
			return officials;
		}

		@Override
		public Optional<Official> find(String officialId) {
			return officials.stream().filter(o -> o.id().equals(officialId)).findFirst();
		}

		@Override
		public List<PastNotice> notices(UUID incidentId) {
			noticesRead++;
			return past;
		}

	}

}
