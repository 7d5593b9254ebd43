package io.cleanair.problems;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
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

}
