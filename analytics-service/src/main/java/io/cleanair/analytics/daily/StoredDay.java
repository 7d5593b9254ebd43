package io.cleanair.analytics.daily;

import java.time.LocalDate;
import java.util.List;

import io.cleanair.core.assessment.DailyConcentrations;
import io.cleanair.core.assessment.DayAssessment;

/**
 * One stored daily result.
 *
 * @param aqi the valid daily AQI, or null
 * @param category the China category of {@code aqi} (enum name), or null
 * @param stations how many stations had a result that day (1 for a station)
 * @param concentrations the valid daily statistics, with the hourly values they left out
 * @param validityPolicy the day-validity policy of {@code ruleSet} it was assessed under
 * (enum name of {@code MissingDataPolicy}); null for results stored before it was
 * recorded
 * @param invalidReason why the day has no valid AQI, or null
 */
public record StoredDay(Scope scope, String scopeId, LocalDate day, String districtId, Integer aqi, String category,
		List<String> primaryPollutants, boolean valid, String ruleSet, int stations, DailyConcentrations concentrations,
		String validityPolicy, String invalidReason) {

	public static StoredDay of(Scope scope, String scopeId, String districtId, int stations, DayAssessment a) {
		boolean valid = a.hasValidAqi();
		return new StoredDay(scope, scopeId, a.day(), districtId, valid ? a.result().aqi() : null,
				valid ? String.valueOf(a.result().category()) : null,
				a.result().primaryPollutants().stream().map(Enum::name).toList(), valid, a.result().ruleSet(), stations,
				new DailyConcentrations(a.day(), a.concentrations().values(), a.excluded()), a.validityPolicy().name(),
				a.invalidReason());
	}
}
