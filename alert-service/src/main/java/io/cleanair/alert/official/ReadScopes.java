package io.cleanair.alert.official;

import java.util.Set;

import io.cleanair.core.alerting.Official;
import io.cleanair.core.alerting.Role;
import io.cleanair.security.ApiPrincipal;
import org.springframework.stereotype.Component;

/**
 * The {@link ReadScope} of a key, from the officials registry: the districts an official
 * answers for ({@code *} and the {@code LEADING_GROUP} role: every district). A key whose
 * official is unknown or inactive reads nothing.
 */
@Component
public class ReadScopes {

	private final OfficialDirectory officials;

	ReadScopes(OfficialDirectory officials) {
		this.officials = officials;
	}

	public ReadScope of(ApiPrincipal caller) {
		if (caller.isAdmin()) {
			return ReadScope.admin();
		}
		return officials.find(caller.owner())
			.filter(Official::active)
			.map(o -> new ReadScope(o.id(), everyDistrict(o) ? null : o.districts(), false))
			.orElse(new ReadScope(caller.owner(), Set.of(), false));
	}

	private static boolean everyDistrict(Official o) {
		return o.has(Role.LEADING_GROUP) || o.districts().contains("*");
	}

}
