package io.cleanair.ingest.config;

import io.cleanair.problems.Identifiers;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description at {@code /v3/api-docs}: every endpoint takes an API key as a
 * Bearer token.
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
		info = @Info(title = "ingest-service", version = "v1",
				description = "The stations' front door: station registry, API keys, readings in JSON, NDJSON or CSV."
						+ " Station, district and key ids and providers are identifiers: " + Identifiers.PATTERN
						+ " (a letter or digit, then up to 63 letters, digits, '.', '_' or '-'); names and other"
						+ " free text hold no control characters (NUL included). Otherwise: 400 bad-parameter,"
						+ " or per reading BAD_STATION_ID / CONTROL_CHARACTER."),
		security = @SecurityRequirement(name = "apiKey"))
@SecurityScheme(name = "apiKey", type = SecuritySchemeType.HTTP, scheme = "bearer",
		description = "Authorization: Bearer <key>; the registry and keys need the admin key")
class OpenApiConfiguration {

}
