package io.cleanair.alert.config;

import io.cleanair.core.alerting.IncidentLifecycle;
import io.cleanair.core.alerting.NotificationPlanner;
import io.cleanair.core.alerting.RoutingPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The domain's policy objects, built from configuration. */
@Configuration(proxyBeanMethods = false)
class AlertingConfiguration {

	@Bean
	RoutingPolicy routingPolicy(AlertProperties properties) {
		return properties.routing().toPolicy();
	}

	@Bean
	IncidentLifecycle incidentLifecycle(AlertProperties properties) {
		return new IncidentLifecycle(properties.incidents().cooldown());
	}

	@Bean
	NotificationPlanner notificationPlanner() {
		return new NotificationPlanner();
	}

}
