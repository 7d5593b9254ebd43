package io.cleanair.core.alerting;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import io.cleanair.core.event.AlertSignal.SignalType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RoutingPolicyTests {

	final Route cityDefault = Route.of(null, EscalationStep.atOnce(Role.DEPUTY_IN_CHARGE));

	final Route cityRanking = Route.of(Set.of(Channel.EMAIL), EscalationStep.atOnce(Role.BUREAU_DUTY_OFFICER));

	final Route chaoyangDefault = Route.of(null, EscalationStep.atOnce(Role.PRINCIPAL_RESPONSIBLE));

	final Route chaoyangHeavy = Route.of(Set.of(Channel.SMS), EscalationStep.atOnce(Role.CITY_LEADER));

	final RoutingPolicy policy = new RoutingPolicy(cityDefault, Map.of(SignalType.RANKING_BOTTOM, cityRanking),
			Map.of("chaoyang",
					new RoutingPolicy.DistrictRoutes(chaoyangDefault,
							Map.of(SignalType.HEAVY_POLLUTION, chaoyangHeavy)),
					"haidian",
					new RoutingPolicy.DistrictRoutes(null, Map.of(SignalType.HEAVY_POLLUTION, chaoyangHeavy))));

	@Test
	void mostSpecificRouteWins() {
		assertThat(policy.routeFor("chaoyang", SignalType.HEAVY_POLLUTION)).isSameAs(chaoyangHeavy);
		assertThat(policy.routeFor("chaoyang", SignalType.RANKING_BOTTOM)).isSameAs(chaoyangDefault);
		assertThat(policy.routeFor("haidian", SignalType.RANKING_BOTTOM)).isSameAs(cityRanking);
		assertThat(policy.routeFor("haidian", SignalType.YOY_REBOUND)).isSameAs(cityDefault);
		assertThat(policy.routeFor("xicheng", SignalType.RANKING_BOTTOM)).isSameAs(cityRanking);
		assertThat(policy.routeFor("xicheng", SignalType.HEAVY_POLLUTION)).isSameAs(cityDefault);
	}

	@Test
	void routeDefaultsToBothChannels() {
		assertThat(cityDefault.channels()).containsExactlyInAnyOrder(Channel.SMS, Channel.EMAIL);
	}

	@Test
	void stepRejectsTwoWaitingConditions() {
		assertThatThrownBy(() -> new EscalationStep(Role.CITY_LEADER, Duration.ofMinutes(1), Duration.ofDays(1), null))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
