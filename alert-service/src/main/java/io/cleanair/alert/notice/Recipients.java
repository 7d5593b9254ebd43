package io.cleanair.alert.notice;

import java.util.Collection;
import java.util.List;

import io.cleanair.alert.official.OfficialDirectory;
import io.cleanair.core.alerting.Official;
import io.cleanair.core.alerting.Role;
import org.springframework.stereotype.Component;

/** The active officials holding a role, for a district or city-wide. */
@Component
public class Recipients {

	private final OfficialDirectory officials;

	Recipients(OfficialDirectory officials) {
		this.officials = officials;
	}

	/**
	 * Officials holding any of the roles who answer for the district (city-wide ones
	 * included).
	 */
	public List<Official> forDistrict(String districtId, Collection<Role> roles) {
		return officials.all()
			.stream()
			.filter(Official::active)
			.filter(o -> o.answersFor(districtId))
			.filter(o -> roles.stream().anyMatch(o::has))
			.toList();
	}

	/** Officials holding the role, wherever they answer. */
	public List<Official> withRole(Role role) {
		return officials.all().stream().filter(Official::active).filter(o -> o.has(role)).toList();
	}

	public java.util.Optional<Official> find(String id) {
		return officials.find(id);
	}

}
