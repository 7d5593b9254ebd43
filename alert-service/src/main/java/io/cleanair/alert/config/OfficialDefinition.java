package io.cleanair.alert.config;

import io.cleanair.problems.Identifiers;
import io.cleanair.problems.FreeText;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.cleanair.core.alerting.Language;
import io.cleanair.core.alerting.Official;
import io.cleanair.core.alerting.QuietHours;
import io.cleanair.core.alerting.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * An official as configuration ({@code aq.alert.officials[i]}) and the admin API describe
 * one.
 *
 * @param language {@code zh} (default) or {@code en}
 * @param roles default {@code DEPUTY_IN_CHARGE}
 * @param districts district ids, or {@code *} for a city-wide role
 * @param quietHours {@code HH:mm-HH:mm} in {@code zone} (default Asia/Shanghai), e.g.
 * {@code 22:00-07:00}
 */
public record OfficialDefinition(@Pattern(regexp = ID_PATTERN) String id, @NotBlank @FreeText String name,
		@Email String email, @Pattern(regexp = "\\+?[0-9]{5,20}") String phone,
		@Pattern(regexp = "(?i)zh.*|en.*") String language, List<Role> roles, List<String> districts,
		@Pattern(regexp = "\\d{1,2}:\\d{2}-\\d{1,2}:\\d{2}") String quietHours, String zone, Boolean active) {

	/** What an official's id may look like. */
	public static final String ID_PATTERN = Identifiers.PATTERN;

	public OfficialDefinition {
		districts = districts == null ? List.of() : List.copyOf(districts);
		roles = roles == null ? List.of() : List.copyOf(roles);
	}

	/** The same definition with another id (the one in the URL wins). */
	public OfficialDefinition withId(String newId) {
		return new OfficialDefinition(newId, name, email, phone, language, roles, districts, quietHours, zone, active);
	}

	public Official toOfficial(ZoneId defaultZone) {
		Set<Role> r = roles.isEmpty() ? Set.of(Role.DEPUTY_IN_CHARGE) : EnumSet.copyOf(roles);
		return new Official(id, name, email, phone, Language.parse(language), r, Set.copyOf(districts),
				quietHours(quietHours, zone, defaultZone), active == null || active);
	}

	static QuietHours quietHours(String spec, String zone, ZoneId defaultZone) {
		if (spec == null || spec.isBlank()) {
			return null;
		}
		String[] parts = spec.trim().split("-");
		try {
			return new QuietHours(time(parts[0]), time(parts[1]),
					zone == null || zone.isBlank() ? defaultZone : ZoneId.of(zone));
		}
		catch (DateTimeParseException | ArrayIndexOutOfBoundsException e) {
			throw new IllegalArgumentException("quiet hours must look like 22:00-07:00, not '" + spec + "'", e);
		}
	}

	private static LocalTime time(String s) {
		String t = s.trim();
		return LocalTime.parse(t.length() == 4 ? "0" + t : t);
	}

	public static OfficialDefinition of(Official o) {
		String quiet = o.quietHours() == null ? null : o.quietHours().start() + "-" + o.quietHours().end();
		return new OfficialDefinition(o.id(), o.name(), o.email(), o.phone(), o.language().tag(),
				List.copyOf(o.roles().stream().sorted().toList()), o.districts().stream().sorted().toList(), quiet,
				o.quietHours() == null ? null : o.quietHours().zone().getId(), o.active());
	}
}
