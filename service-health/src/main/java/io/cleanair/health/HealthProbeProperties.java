package io.cleanair.health;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often the database, the broker and (for a service that sends mail) the SMTP server
 * are probed, how long a probe may take before it counts as failed, and the status a
 * failure is reported as.
 */
@ConfigurationProperties("aq.health")
public record HealthProbeProperties(@DefaultValue Probe database, @DefaultValue Probe kafka, @DefaultValue Probe smtp) {

	/**
	 * @param interval the pause between two probes
	 * @param timeout how long a probe may run before the dependency counts as down
	 * @param whenDown {@code DOWN}, or {@code DEGRADED} for a dependency the service
	 * keeps working without
	 */
	public record Probe(@DefaultValue("PT5S") Duration interval, @DefaultValue("PT2S") Duration timeout,
			@DefaultValue("DOWN") String whenDown) {
	}

}
