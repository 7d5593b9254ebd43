package io.cleanair.alert.facts;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where alert-service reads analytics' facts ({@code aq.alert.analytics.*}).
 *
 * @param url analytics-service's base address
 * @param key an analyst's or the admin's key (default: {@code aq.security.admin-key})
 * @param timeout per request
 * @param cityId the id analytics gives the whole city's results
 */
@ConfigurationProperties("aq.alert.analytics")
public record AnalyticsProperties(URI url, String key, Duration timeout, String cityId) {

	public AnalyticsProperties {
		url = url == null ? URI.create("http://localhost:8082") : url;
		timeout = timeout == null ? Duration.ofSeconds(20) : timeout;
		cityId = cityId == null || cityId.isBlank() ? "city" : cityId;
	}
}
