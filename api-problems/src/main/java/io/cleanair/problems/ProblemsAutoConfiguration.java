package io.cleanair.problems;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Every reactive service that has this module on its classpath answers failures from the
 * catalogue; before WebFlux's own configuration, so that Boot's problem-details handler
 * backs off.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.webflux.autoconfigure.WebFluxAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@Import(ProblemHandler.class)
public class ProblemsAutoConfiguration {

	/** A database outage is a 503 with {@code Retry-After} in every service with JDBC. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "org.springframework.dao.DataAccessException")
	static class DatabaseProblems {

		@Bean
		DatabaseProblemHandler databaseProblemHandler(
				@Value("${aq.problems.database-retry-after:PT5S}") Duration retryAfter) {
			return new DatabaseProblemHandler(retryAfter);
		}

	}

}
