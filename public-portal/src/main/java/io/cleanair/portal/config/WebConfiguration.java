package io.cleanair.portal.config;

import java.time.Duration;
import java.util.List;

import io.cleanair.problems.Identifiers;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsWebFilter;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

/**
 * The open API may be called from any origin, without credentials; the OpenAPI document
 * at {@code /v3/api-docs}.
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "public-portal", version = "v1",
		description = "The city's air quality, open to everyone: stations' latest hourly AQI, districts, rankings, series."
				+ " No key; JSON or CSV (Accept: text/csv or ?format=csv); ETag and If-None-Match; a per-client rate limit."
				+ " Station and district ids are identifiers: " + Identifiers.PATTERN + " (else 400 bad-parameter)."))
class WebConfiguration {

	@Bean
	CorsWebFilter corsFilter() {
		CorsConfiguration cors = new CorsConfiguration();
		cors.addAllowedOrigin("*");
		cors.setAllowedMethods(List.of("GET", "HEAD", "OPTIONS"));
		cors.addAllowedHeader("*");
		cors.setExposedHeaders(List.of("ETag", "Cache-Control", "Retry-After", "Content-Type"));
		cors.setAllowCredentials(false);
		cors.setMaxAge(Duration.ofHours(1));
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/api/public/**", cors);
		source.registerCorsConfiguration("/v3/api-docs/**", cors);
		return new CorsWebFilter(source);
	}

}
