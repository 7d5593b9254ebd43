package io.cleanair.analytics.config;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The clock-driven jobs (the signal rules, the reporting schema's refresh);
 * {@code aq.signals.scheduling=false} turns them off (tests drive them directly).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "aq.signals.scheduling", havingValue = "true", matchIfMissing = true)
class SchedulingConfiguration {

}
