package io.cleanair.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import io.cleanair.core.aqi.Indicator;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DailyRecordTests {

	@Test
	void everyColumnHasItsValueAndConcentrationsAreThoseLookedUp() {
		DayAssessment day = DailyAssessor.inForceOnTheDay()
			.assess(Days.clean(LocalDate.of(2015, 3, 1))
				.with(Indicator.PM2_5_24H, 75.296)
				.without(Indicator.O3_8H)
				.build());

		DailyRecord record = DailyRecord.of("city", "beijing", day);

		assertThat(record.values()).hasSameSizeAs(DailyRecord.columns());
		// GB/T 8170 before the lookup (HJ 663-2013 ch. 6): 75.296 → 75 → IAQI 100, a good
		// day
		assertThat(record.concentrations().get(Indicator.PM2_5_24H)).isEqualByComparingTo(new BigDecimal("75"));
		assertThat(record.iaqi().get(Indicator.PM2_5_24H)).isEqualTo(100);
		assertThat(record.aqi()).isEqualTo(100);
		assertThat(record.missing()).containsExactly(Indicator.O3_8H);
		assertThat(record.values().get(DailyRecord.columns().indexOf("missing"))).isEqualTo("O3_8H");
		assertThat(record.values().get(DailyRecord.columns().indexOf("validityPolicy")))
			.isEqualTo("MISSING_INDICATORS_NA");
	}

}
