package io.cleanair.alert.official;

import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;

/** A person who answers for districts and must hear about them. */
public record Official(@NotBlank String id, @NotBlank String name, @Email String email, String phone,
		String language, List<String> districts) {

	public Official {
		districts = districts == null ? List.of() : List.copyOf(districts);
		language = language == null ? "zh" : language;
	}

	public boolean answersFor(String districtId) {
		return districts.contains(districtId);
	}
}
