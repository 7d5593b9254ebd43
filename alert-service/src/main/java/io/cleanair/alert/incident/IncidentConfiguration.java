package io.cleanair.alert.incident;

import io.cleanair.alert.config.AlertProperties;
import io.cleanair.alert.incident.domain.IncidentDecisions;
import io.cleanair.core.alerting.IncidentLifecycle;
import io.cleanair.core.alerting.NotificationPlanner;
import io.cleanair.core.alerting.RoutingPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The incident decisions, from the domain's policy objects and configuration. */
@Configuration(proxyBeanMethods = false)
class IncidentConfiguration {

	@Bean
	IncidentDecisions incidentDecisions(IncidentLifecycle lifecycle, NotificationPlanner planner, RoutingPolicy policy,
			AlertProperties properties) {
		return new IncidentDecisions(lifecycle, planner, policy, properties.incidents().recoveryNoticeDelay());
	}

}
