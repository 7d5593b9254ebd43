package io.cleanair.health;

import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The services' {@code db} and {@code kafka} health, probed in the background
 * ({@link ProbedHealthIndicator}) instead of on the health request: Spring Boot's own
 * {@code db} indicator waits for the pool's connection timeout (30 s) while the database
 * is down, and Boot has no Kafka indicator. The services put them into their readiness
 * groups ({@code management.endpoint.health.group.readiness.include}); liveness never
 * includes them.
 */
@AutoConfiguration(
		beforeName = "org.springframework.boot.jdbc.autoconfigure.health.DataSourceHealthContributorAutoConfiguration",
		afterName = { "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
				"org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration" })
@EnableConfigurationProperties(HealthProbeProperties.class)
public class ServiceHealthAutoConfiguration {

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(DataSource.class)
	@ConditionalOnBean(DataSource.class)
	static class Database {

		@Bean
		ProbedHealthIndicator dbHealthIndicator(DataSource dataSource, HealthProbeProperties properties) {
			return new ProbedHealthIndicator("db", new DatabaseProbe(dataSource, properties.database().timeout()),
					properties.database(), Clock.systemUTC());
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(KafkaAdmin.class)
	@ConditionalOnBean(KafkaAdmin.class)
	static class Kafka {

		@Bean
		KafkaProbe kafkaProbe(KafkaAdmin admin, HealthProbeProperties properties) {
			return new KafkaProbe(admin.getConfigurationProperties(), properties.kafka().timeout());
		}

		@Bean
		ProbedHealthIndicator kafkaHealthIndicator(KafkaProbe probe, HealthProbeProperties properties) {
			return new ProbedHealthIndicator("kafka", probe, properties.kafka(), Clock.systemUTC());
		}

	}

}
