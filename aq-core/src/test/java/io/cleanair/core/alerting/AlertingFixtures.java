package io.cleanair.core.alerting;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.cleanair.core.event.AlertSignal;
import io.cleanair.core.event.AlertSignal.Severity;
import io.cleanair.core.event.AlertSignal.SignalType;
import io.cleanair.core.pollutant.Pollutant;

final class AlertingFixtures {

	static final Instant T0 = Instant.parse("2026-11-28T02:00:00Z");

	private AlertingFixtures() {
	}

	static AlertSignal signal(SignalType type, Severity severity, String key) {
		return new AlertSignal(UUID.randomUUID(), AlertSignal.SCHEMA_VERSION, type, severity, "haidian", "wanliu",
				Pollutant.PM2_5, key, type + " in haidian", Map.of("pm25", 180.0), T0);
	}

	static AlertSignal heavy(Severity severity) {
		return signal(SignalType.HEAVY_POLLUTION, severity, "HEAVY_POLLUTION:haidian:2026-11-28");
	}

	static AlertSignal recovered() {
		return signal(SignalType.RECOVERED, Severity.INFO, "HEAVY_POLLUTION:haidian:2026-11-28");
	}

	static Official official(String id, Role role, String district) {
		return new Official(id, id, id + "@example.org", "+861380000" + Math.abs(id.hashCode() % 10000), Language.EN,
				Set.of(role), Set.of(district), null, true);
	}

}
