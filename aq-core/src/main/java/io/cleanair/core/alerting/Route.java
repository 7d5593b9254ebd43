package io.cleanair.core.alerting;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Who is told about one kind of incident, in which order, and on which channels.
 *
 * @param steps told at once or later, see {@link EscalationStep}; the step index
 * identifies a step of an incident's route, so a route's steps should only be appended to
 * while incidents are open
 * @param channels each recipient is told on every one of these channels they have an
 * address for
 */
public record Route(List<EscalationStep> steps, Set<Channel> channels) {

	public Route {
		steps = List.copyOf(steps);
		channels = channels == null || channels.isEmpty() ? Set.of(Channel.SMS, Channel.EMAIL)
				: Set.copyOf(EnumSet.copyOf(channels));
		if (steps.isEmpty()) {
			throw new IllegalArgumentException("a route needs at least one step");
		}
	}

	public static Route of(Set<Channel> channels, EscalationStep... steps) {
		return new Route(List.of(steps), channels);
	}
}
