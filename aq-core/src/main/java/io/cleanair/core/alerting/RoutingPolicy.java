package io.cleanair.core.alerting;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

import io.cleanair.core.event.AlertSignal.SignalType;

/**
 * Maps an incident's district and signal type to its {@link Route}. The most specific
 * entry wins: the district's route for the type, the district's default, the city-wide
 * route for the type, the city-wide default.
 */
public record RoutingPolicy(Route defaultRoute, Map<SignalType, Route> byType, Map<String, DistrictRoutes> byDistrict) {

	public RoutingPolicy {
		Objects.requireNonNull(defaultRoute, "defaultRoute");
		byType = byType == null ? Map.of() : Map.copyOf(byType);
		byDistrict = byDistrict == null ? Map.of() : Map.copyOf(byDistrict);
	}

	/**
	 * The bureau's example policy: deputy at once; principal after 30 min unacknowledged
	 * or at once when critical; city leader after 3 days.
	 */
	public static RoutingPolicy standard() {
		return new RoutingPolicy(Route.of(null, EscalationStep.atOnce(Role.DEPUTY_IN_CHARGE),
				EscalationStep.ifUnacknowledged(Role.PRINCIPAL_RESPONSIBLE, Duration.ofMinutes(30))
					.atOnceFrom(io.cleanair.core.event.AlertSignal.Severity.CRITICAL),
				EscalationStep.ifPersisting(Role.CITY_LEADER, Duration.ofDays(3))), Map.of(), Map.of());
	}

	public Route routeFor(String districtId, SignalType type) {
		DistrictRoutes district = byDistrict.get(districtId);
		if (district != null) {
			Route r = district.byType().get(type);
			if (r != null) {
				return r;
			}
			if (district.defaultRoute() != null) {
				return district.defaultRoute();
			}
		}
		return byType.getOrDefault(type, defaultRoute);
	}

	/** A district's overrides; either part may be empty. */
	public record DistrictRoutes(Route defaultRoute, Map<SignalType, Route> byType) {

		public DistrictRoutes {
			byType = byType == null ? Map.of() : Map.copyOf(byType);
		}
	}
}
