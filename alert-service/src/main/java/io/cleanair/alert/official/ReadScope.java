package io.cleanair.alert.official;

import java.util.Set;

/**
 * What a key may read of incidents and the audit trail: the admin key everything, contact
 * details (phone numbers, email addresses) included; an official's key the incidents of
 * the districts the official answers for and the notices addressed to the official, every
 * district for the leading group and city-wide officials — never contact details.
 *
 * @param official the official the key speaks for; null for the admin key
 * @param districts the districts whose incidents the key reads; null for every district
 * @param contacts whether answers show recipients' addresses
 */
public record ReadScope(String official, Set<String> districts, boolean contacts) {

	public ReadScope {
		districts = districts == null ? null : Set.copyOf(districts);
	}

	static ReadScope admin() {
		return new ReadScope(null, null, true);
	}

	/** Whether the key reads incidents of the district. */
	public boolean sees(String districtId) {
		return districts == null || districts.contains(districtId);
	}

	public boolean everyDistrict() {
		return districts == null;
	}

}
