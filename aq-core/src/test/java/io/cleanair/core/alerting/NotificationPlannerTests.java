package io.cleanair.core.alerting;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.cleanair.core.alerting.NotificationPlanner.EscalationPlan;
import io.cleanair.core.event.AlertSignal.Severity;
import org.junit.jupiter.api.Test;

import static io.cleanair.core.alerting.AlertingFixtures.T0;
import static io.cleanair.core.alerting.AlertingFixtures.heavy;
import static io.cleanair.core.alerting.AlertingFixtures.official;
import static org.assertj.core.api.Assertions.assertThat;

class NotificationPlannerTests {

	final IncidentLifecycle lifecycle = new IncidentLifecycle(Duration.ofHours(1));

	final NotificationPlanner planner = new NotificationPlanner();

	final Route route = RoutingPolicy.standard().defaultRoute();

	final Official deputy = official("deputy", Role.DEPUTY_IN_CHARGE, "haidian");

	final Official principal = official("principal", Role.PRINCIPAL_RESPONSIBLE, "haidian");

	final Official leader = new Official("leader", "City Leader", "leader@example.org", null, Language.ZH,
			Set.of(Role.CITY_LEADER), Set.of(Official.ALL_DISTRICTS), null, true);

	final Official otherDistrict = official("other", Role.DEPUTY_IN_CHARGE, "chaoyang");

	final List<Official> registry = List.of(deputy, principal, leader, otherDistrict);

	@Test
	void deputyAtOnceOnEveryChannelTheyHave() {
		Incident i = lifecycle.onSignal(null, heavy(Severity.WARNING), T0).incident();
		EscalationPlan plan = planner.escalate(i, route, registry, T0);
		assertThat(plan.notices()).extracting(n -> n.official().id() + "/" + n.channel())
			.containsExactlyInAnyOrder("deputy/SMS", "deputy/EMAIL");
		assertThat(plan.notices()).allMatch(n -> n.deliverAt().equals(T0) && !n.escalation());
		assertThat(plan.incident().stepsDone()).containsExactly(0);
		// done steps are not planned again
		assertThat(planner.escalate(plan.incident(), route, registry, T0.plusSeconds(60)).isEmpty()).isTrue();
	}

	@Test
	void principalAfterThirtyMinutesWithoutAcknowledgement() {
		Incident i = planner
			.escalate(lifecycle.onSignal(null, heavy(Severity.WARNING), T0).incident(), route, registry, T0)
			.incident();
		assertThat(planner.escalate(i, route, registry, T0.plus(Duration.ofMinutes(29))).isEmpty()).isTrue();
		EscalationPlan plan = planner.escalate(i, route, registry, T0.plus(Duration.ofMinutes(30)));
		assertThat(plan.notices()).extracting(n -> n.official().id()).containsOnly("principal");
		assertThat(plan.notices()).allMatch(PlannedNotice::escalation);
		assertThat(plan.notes()).singleElement().asString().contains("not acknowledged within PT30M");
	}

	@Test
	void acknowledgementStopsTheUnacknowledgedStepButNotPersistence() {
		Incident i = planner
			.escalate(lifecycle.onSignal(null, heavy(Severity.WARNING), T0).incident(), route, registry, T0)
			.incident();
		Incident acked = lifecycle.acknowledge(i, "deputy", T0.plus(Duration.ofMinutes(10))).incident();
		assertThat(planner.escalate(acked, route, registry, T0.plus(Duration.ofHours(2))).isEmpty()).isTrue();
		EscalationPlan threeDays = planner.escalate(acked, route, registry, T0.plus(Duration.ofDays(3)));
		assertThat(threeDays.notices()).extracting(n -> n.official().id() + "/" + n.channel())
			.containsExactly("leader/EMAIL");
	}

	@Test
	void criticalTellsThePrincipalAtOnce() {
		Incident i = lifecycle.onSignal(null, heavy(Severity.CRITICAL), T0).incident();
		EscalationPlan plan = planner.escalate(i, route, registry, T0);
		assertThat(plan.notices()).extracting(n -> n.official().id()).containsOnly("deputy", "principal");
		assertThat(plan.incident().stepsDone()).containsExactly(0, 1);
	}

	@Test
	void severityRaisedLaterMakesTheCriticalStepDue() {
		Incident i = planner
			.escalate(lifecycle.onSignal(null, heavy(Severity.WARNING), T0).incident(), route, registry, T0)
			.incident();
		Incident critical = lifecycle.onSignal(i, heavy(Severity.CRITICAL), T0.plusSeconds(60)).incident();
		assertThat(planner.escalate(critical, route, registry, T0.plusSeconds(60)).notices())
			.extracting(n -> n.official().id())
			.containsOnly("principal");
	}

	@Test
	void resolvedIncidentsDoNotEscalate() {
		Incident i = lifecycle.onSignal(null, heavy(Severity.WARNING), T0).incident();
		Incident resolved = lifecycle.onSignal(i, AlertingFixtures.recovered(), T0.plusSeconds(1)).incident();
		assertThat(planner.escalate(resolved, route, registry, T0.plus(Duration.ofDays(5))).isEmpty()).isTrue();
	}

	@Test
	void missingRoleIsNotedAndTheStepCountsAsDone() {
		Incident i = lifecycle.onSignal(null, heavy(Severity.WARNING), T0).incident();
		EscalationPlan plan = planner.escalate(i, route, List.of(principal), T0);
		assertThat(plan.notices()).isEmpty();
		assertThat(plan.notes()).singleElement().asString().contains("no reachable official");
		assertThat(plan.incident().stepsDone()).containsExactly(0);
	}

	@Test
	void quietHoursHoldNonCriticalAlertsUntilTheyEnd() {
		ZoneId shanghai = ZoneId.of("Asia/Shanghai");
		Official sleeper = new Official("sleeper", "S", "s@example.org", "+8613800000009", Language.ZH,
				Set.of(Role.DEPUTY_IN_CHARGE), Set.of("haidian"),
				new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0), shanghai), true);
		Instant night = Instant.parse("2026-11-28T15:30:00Z"); // 23:30 in Shanghai
		Incident warning = lifecycle.onSignal(null, heavy(Severity.WARNING), night).incident();
		assertThat(planner.escalate(warning, route, List.of(sleeper), night).notices())
			.allMatch(n -> n.deliverAt().equals(Instant.parse("2026-11-28T23:00:00Z")) && n.held(night));
		Incident critical = lifecycle.onSignal(null, heavy(Severity.CRITICAL), night).incident();
		assertThat(planner.escalate(critical, route, List.of(sleeper), night).notices())
			.allMatch(n -> n.deliverAt().equals(night));
	}

	@Test
	void recoveryNoticesGoToThoseToldOnTheirChannels() {
		Incident i = lifecycle.onSignal(null, heavy(Severity.WARNING), T0).incident();
		List<PlannedNotice> notices = planner.notices(NoticeKind.RECOVERY, i,
				Map.of(deputy, Set.of(Channel.SMS, Channel.EMAIL), leader, Set.of(Channel.EMAIL)), T0);
		assertThat(notices).extracting(n -> n.official().id() + "/" + n.channel() + "/" + n.kind())
			.containsExactlyInAnyOrder("deputy/EMAIL/RECOVERY", "deputy/SMS/RECOVERY", "leader/EMAIL/RECOVERY");
	}

}
