package io.cleanair.alert.official;

import io.cleanair.core.alerting.Official;
import io.cleanair.problems.ApiProblem;
import io.cleanair.problems.ProblemType;
import io.cleanair.security.ApiPrincipal;
import org.springframework.stereotype.Component;

/**
 * Who may acknowledge an incident, decided here and nowhere else (the routes' rules are
 * in {@link AlertSecurity}): an official's own key acknowledges for that official; the
 * admin key acknowledges on behalf of the official it names; the official must be active
 * and answer for the incident's district (or for every district).
 */
@Component
public class AcknowledgementPolicy {

	private final OfficialDirectory officials;

	AcknowledgementPolicy(OfficialDirectory officials) {
		this.officials = officials;
	}

	/**
	 * The official the caller acknowledges for, and how (for the timeline).
	 * @param named the official the request names, or null
	 * @param note the caller's note, or null
	 */
	public Acting actingFor(ApiPrincipal caller, String named, String note) {
		String suffix = note == null || note.isBlank() ? "" : ": " + note.trim();
		String officialId = named == null || named.isBlank() ? null : named.trim();
		if (caller.isAdmin()) {
			if (officialId == null) {
				throw ApiProblem.badParameter("officialId",
						"the admin key acknowledges on an official's behalf: {\"officialId\":\"…\"}");
			}
			return new Acting(officialId, "admin key on the official's behalf" + suffix);
		}
		if (officialId != null && !officialId.equals(caller.owner())) {
			throw ApiProblem.forbidden("a key acknowledges only for its own official");
		}
		return new Acting(caller.owner(), "key " + caller.keyId() + suffix);
	}

	/**
	 * Refuses (403) an official who is unknown, inactive or does not answer for the
	 * district.
	 */
	public void mayAcknowledge(String officialId, String districtId) {
		Official official = officials.find(officialId)
			.filter(Official::active)
			.orElseThrow(() -> ApiProblem.forbidden("unknown or inactive official"));
		if (!official.answersFor(districtId)) {
			throw ApiProblem.forbidden("official " + officialId + " does not answer for district " + districtId);
		}
	}

	/** The official acknowledging, and how the acknowledgement came. */
	public record Acting(String officialId, String via) {
	}

	/** Without a key the security rules answer 401 before any controller runs. */
	public static ApiProblem noKey() {
		return new ApiProblem(ProblemType.UNAUTHORIZED, "no API key");
	}

}
