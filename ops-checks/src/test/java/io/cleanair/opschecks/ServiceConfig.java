package io.cleanair.opschecks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.ConfigurationPropertyState;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * A service's own configuration file ({@code <service>.yml} on its class path), read as
 * Spring Boot reads it, and the question whether an environment variable reaches it.
 */
record ServiceConfig(String service, String text, Map<String, Object> properties) {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([^}]*))?}");

	static ServiceConfig of(String service) {
		ClassPathResource file = new ClassPathResource(service + ".yml");
		try {
			Map<String, Object> properties = new LinkedHashMap<>();
			for (PropertySource<?> source : new YamlPropertySourceLoader().load(service, file)) {
				EnumerablePropertySource<?> enumerable = (EnumerablePropertySource<?>) source;
				for (String name : enumerable.getPropertyNames()) {
					properties.putIfAbsent(name, enumerable.getProperty(name));
				}
			}
			return new ServiceConfig(service, file.getContentAsString(StandardCharsets.UTF_8), properties);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read " + service + ".yml from the class path", e);
		}
	}

	int serverPort() {
		return Integer.parseInt(String.valueOf(properties.get("server.port")));
	}

	/**
	 * {@code ${AQ_JDBC_URL:jdbc:postgresql://localhost…}}: variable name → default (null
	 * without one).
	 */
	Map<String, String> placeholders() {
		Map<String, String> placeholders = new LinkedHashMap<>();
		Matcher m = PLACEHOLDER.matcher(text);
		while (m.find()) {
			placeholders.put(m.group(1), m.group(2));
		}
		return placeholders;
	}

	/**
	 * Whether Spring Boot's relaxed binding maps the variable onto a property this file
	 * sets, or into a list or map this file declares (such as
	 * {@code AQ_ALERT_OFFICIALS_0_EMAIL}).
	 */
	boolean bindsToAProperty(String variable) {
		return !propertiesBoundBy(variable).isEmpty();
	}

	Set<String> propertiesBoundBy(String variable) {
		SystemEnvironmentPropertySource env = new SystemEnvironmentPropertySource(
				StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of(variable, "value"));
		Set<String> bound = new LinkedHashSet<>();
		for (ConfigurationPropertySource source : ConfigurationPropertySources.from(env)) {
			for (String name : properties.keySet()) {
				ConfigurationPropertyName property = ConfigurationPropertyName.adapt(name, '.');
				ConfigurationProperty value = source.getConfigurationProperty(property);
				if (value != null) {
					bound.add(name);
				}
				ConfigurationPropertyName collection = collectionOf(name);
				if (collection != null
						&& source.containsDescendantOf(collection) == ConfigurationPropertyState.PRESENT) {
					bound.add(collection + "[…]");
				}
			}
		}
		return bound;
	}

	/**
	 * {@code aq.alert.officials} for {@code aq.alert.officials[0].id}, or for an empty
	 * list {@code officials: []}.
	 */
	private ConfigurationPropertyName collectionOf(String name) {
		int bracket = name.indexOf('[');
		if (bracket > 0) {
			return ConfigurationPropertyName.adapt(name.substring(0, bracket), '.');
		}
		Object value = properties.get(name);
		boolean emptyCollection = value != null && (value.toString().isEmpty() || value instanceof List<?>);
		return emptyCollection ? ConfigurationPropertyName.adapt(name, '.') : null;
	}
}
