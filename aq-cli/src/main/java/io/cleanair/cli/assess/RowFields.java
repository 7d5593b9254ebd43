package io.cleanair.cli.assess;

import io.cleanair.core.assessment.CompositeIndex;
import io.cleanair.core.assessment.PeriodAssessment;
import io.cleanair.core.pollutant.ConcentrationRounding;
import io.cleanair.core.pollutant.Pollutant;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The published fields of one row, in order. Concentrations are shown as they enter the
 * composite index: rounded per GB/T 8170 (µg/m³ to integers, CO to 0.1 mg/m³); null when
 * not available.
 */
final class RowFields {

	static final List<String> NAMES = List.of("group", "id", "year", "validDays", "invalidDays", "goodDays",
			"excellentDays", "heavyDays", "severeDays", "goodDayRate", "pm25Mean", "pm10Mean", "so2Mean", "no2Mean",
			"coP95", "o3Mda8P90", "compositeIndex");

	private RowFields() {
	}

	static Map<String, Object> of(AssessmentRow row) {
		PeriodAssessment p = row.period();
		Map<String, Object> f = new LinkedHashMap<>();
		f.put("group", row.group().label());
		f.put("id", row.id());
		f.put("year", row.year());
		f.put("validDays", p.validDays());
		f.put("invalidDays", p.invalidDays());
		f.put("goodDays", p.goodDays());
		f.put("excellentDays", p.excellentDays());
		f.put("heavyDays", p.heavyDays());
		f.put("severeDays", p.severeDays());
		f.put("goodDayRate", p.goodDayRate().orElse(null));
		f.put("pm25Mean", rounded(Pollutant.PM2_5, p.mean(Pollutant.PM2_5)));
		f.put("pm10Mean", rounded(Pollutant.PM10, p.mean(Pollutant.PM10)));
		f.put("so2Mean", rounded(Pollutant.SO2, p.mean(Pollutant.SO2)));
		f.put("no2Mean", rounded(Pollutant.NO2, p.mean(Pollutant.NO2)));
		f.put("coP95", rounded(Pollutant.CO, p.pollutant(Pollutant.CO).percentile()));
		f.put("o3Mda8P90", rounded(Pollutant.O3, p.pollutant(Pollutant.O3).percentile()));
		f.put("compositeIndex", p.compositeIndex().map(CompositeIndex::total).orElse(null));
		return f;
	}

	private static BigDecimal rounded(Pollutant pollutant, Optional<BigDecimal> value) {
		return value.map(v -> ConcentrationRounding.forIndex(pollutant, v)).orElse(null);
	}

}
