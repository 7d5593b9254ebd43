package io.cleanair.alert.config;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.cleanair.core.alerting.Channel;
import io.cleanair.core.alerting.EscalationStep;
import io.cleanair.core.alerting.Role;
import io.cleanair.core.alerting.Route;
import io.cleanair.core.alerting.RoutingPolicy;
import io.cleanair.core.event.AlertSignal.Severity;
import io.cleanair.core.event.AlertSignal.SignalType;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.bind.Name;

/**
 * The routing and escalation policy in configuration ({@code aq.alert.routing}): a
 * city-wide default route, routes per signal type, and per-district overrides of both.
 * Without any, the standard policy applies (deputy at once; principal after 30 minutes
 * unacknowledged or at once when critical; city leader after 3 days).
 */
public record RoutingProperties(@Name("default") RouteProperties defaultRoute, Map<SignalType, RouteProperties> types,
		Map<String, DistrictProperties> districts) {

	public RoutingPolicy toPolicy() {
		Route fallback = defaultRoute == null ? RoutingPolicy.standard().defaultRoute() : defaultRoute.toRoute();
		Map<String, RoutingPolicy.DistrictRoutes> byDistrict = new HashMap<>();
		if (districts != null) {
			districts.forEach((district, d) -> byDistrict.put(district, new RoutingPolicy.DistrictRoutes(
					d.defaultRoute() == null ? null : d.defaultRoute().toRoute(), routes(d.types()))));
		}
		return new RoutingPolicy(fallback, routes(types), byDistrict);
	}

	private static Map<SignalType, Route> routes(Map<SignalType, RouteProperties> routes) {
		Map<SignalType, Route> result = new HashMap<>();
		if (routes != null) {
			routes.forEach((type, r) -> result.put(type, r.toRoute()));
		}
		return result;
	}

	/** One route: its steps in order, and the channels (default SMS and email). */
	public record RouteProperties(List<StepProperties> steps, Set<Channel> channels) {

		Route toRoute() {
			if (steps == null || steps.isEmpty()) {
				throw new IllegalArgumentException("a route in aq.alert.routing needs at least one step");
			}
			return new Route(steps.stream().map(StepProperties::toStep).toList(), channels);
		}
	}

	/**
	 * @param unacknowledgedFor told when nobody acknowledged within this time
	 * @param persistsFor told when the incident is still unresolved after this time
	 * @param atOnceFrom told at once from this severity on
	 */
	public record StepProperties(@NotNull Role role, Duration unacknowledgedFor, Duration persistsFor,
			Severity atOnceFrom) {

		EscalationStep toStep() {
			return new EscalationStep(role, unacknowledgedFor, persistsFor, atOnceFrom);
		}
	}

	/** A district's overrides: its own default route and routes per type. */
	public record DistrictProperties(@Name("default") RouteProperties defaultRoute,
			Map<SignalType, RouteProperties> types) {
	}
}
