package io.cleanair.core.alerting;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A person who answers for districts and must hear about them.
 *
 * @param districts the districts the official answers for; {@link #ALL_DISTRICTS} for
 * city-wide roles
 * @param quietHours when non-critical alerts are held; null for none
 */
public record Official(String id, String name, String email, String phone, Language language, Set<Role> roles,
		Set<String> districts, QuietHours quietHours, boolean active) {

	/** A district entry that makes an official answer for every district. */
	public static final String ALL_DISTRICTS = "*";

	public Official {
		Objects.requireNonNull(id, "id");
		language = language == null ? Language.ZH : language;
		roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
		districts = districts == null ? Set.of() : Set.copyOf(new TreeSet<>(districts));
		email = blankToNull(email);
		phone = blankToNull(phone);
	}

	public boolean answersFor(String districtId) {
		return districts.contains(districtId) || districts.contains(ALL_DISTRICTS);
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	/**
	 * Whether the official can be reached on the channel at all (has an address for it).
	 */
	public boolean reachableBy(Channel channel) {
		return switch (channel) {
			case EMAIL -> email != null;
			case SMS -> phone != null;
		};
	}

	public String address(Channel channel) {
		return channel == Channel.EMAIL ? email : phone;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}
}
