package io.cleanair.problems;

import java.time.Duration;

import io.netty.channel.ChannelPipeline;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import reactor.netty.NettyPipeline;

/**
 * Every reactive service that has this module on its classpath answers failures from the
 * catalogue: controllers' ({@link ProblemHandler}), the rest of WebFlux's
 * ({@link ProblemErrorWebExceptionHandler}) and the HTTP codec's
 * ({@link DecodingFailureProblems}). Before WebFlux's own configuration, so that Boot's
 * problem-details and error handlers back off.
 */
@AutoConfiguration(beforeName = { "org.springframework.boot.webflux.autoconfigure.WebFluxAutoConfiguration",
		"org.springframework.boot.webflux.autoconfigure.error.ErrorWebFluxAutoConfiguration" })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@Import(ProblemHandler.class)
public class ProblemsAutoConfiguration {

	/** Before Spring's own handler of status exceptions (order 0), as Boot's is. */
	@Bean
	@Order(-2)
	@ConditionalOnMissingBean(ErrorWebExceptionHandler.class)
	ProblemErrorWebExceptionHandler problemErrorWebExceptionHandler() {
		return new ProblemErrorWebExceptionHandler();
	}

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

	/**
	 * 414, 431 and unreadable requests as problems instead of Reactor Netty's empty
	 * answers.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "reactor.netty.http.server.HttpServer")
	static class HttpCodecProblems {

		@Bean
		NettyServerCustomizer decodingFailureProblems() {
			return server -> server.doOnChannelInit((observer, channel, remote) -> {
				ChannelPipeline pipeline = channel.pipeline();
				if (pipeline.get(NettyPipeline.HttpTrafficHandler) != null
						&& pipeline.get(DecodingFailureProblems.NAME) == null) {
					pipeline.addBefore(NettyPipeline.HttpTrafficHandler, DecodingFailureProblems.NAME,
							new DecodingFailureProblems());
				}
			});
		}

	}

}
