package io.cleanair.alert.official;

import java.util.List;

import io.cleanair.alert.config.AlertProperties;
import org.springframework.stereotype.Component;

/** The officials configured for each district. */
@Component
public class OfficialDirectory {

	private final List<Official> officials;

	OfficialDirectory(AlertProperties properties) {
		this.officials = properties.officials();
	}

	public List<Official> forDistrict(String districtId) {
		return officials.stream().filter(o -> o.answersFor(districtId)).toList();
	}
}
