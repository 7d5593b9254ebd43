package io.cleanair.analytics.daily;

import java.time.LocalDate;
import java.util.List;

import io.cleanair.core.assessment.DailyConcentrations;
import io.cleanair.core.assessment.DayAssessment;

/**
 * One stored daily result.
 *
 * @param aqi      the valid daily AQI, or null
 * @param category the China category of {@code aqi} (enum name), or null
 * @param stations how many stations had a result that day (1 for a station)
 */
public record StoredDay(Scope scope, String scopeId, LocalDate day, String districtId, Integer aqi, String category,
		List<String> primaryPollutants, boolean valid, String ruleSet, int stations,
		DailyConcentrations concentrations) {

	public static StoredDay of(Scope scope, String scopeId, String districtId, int stations, DayAssessment a) {
		boolean valid = a.hasValidAqi();
		return new StoredDay(scope, scopeId, a.day(), districtId, valid ? a.result().aqi() : null,
				valid ? String.valueOf(a.result().category()) : null,
				a.result().primaryPollutants().stream().map(Enum::name).toList(), valid, a.result().ruleSet(), stations,
				a.concentrations());
	}
}
