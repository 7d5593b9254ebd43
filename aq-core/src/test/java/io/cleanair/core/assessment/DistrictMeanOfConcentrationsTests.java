package io.cleanair.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import io.cleanair.core.aqi.Indicator;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DistrictMeanOfConcentrationsTests {

	private static final LocalDate DAY = LocalDate.of(2015, 1, 10);

	private final DailyAssessor assessor = DailyAssessor.inForceOnTheDay();

	@Test
	void districtAqiComesFromMeanConcentrationsNotFromMeanOfStationAqis() {
		DailyConcentrations clean = Days.clean(DAY).with(Indicator.PM2_5_24H, 10).build();
		DailyConcentrations polluted = Days.clean(DAY).with(Indicator.PM2_5_24H, 200).build();
		int stationA = assessor.assess(clean).aqi().orElseThrow();
		int stationB = assessor.assess(polluted).aqi().orElseThrow();

		DayAssessment district = assessor.assessDistrict(DAY, List.of(clean, polluted), 2, StationCoverage.ANY_STATION);

		// 2012: station A's AQI 20 comes from PM10 20; PM2.5 200 → 250; mean PM2.5 105 →
		// 137.5 → 138;
		// the mean of station AQIs would be 135
		assertThat(stationA).isEqualTo(20);
		assertThat(stationB).isEqualTo(250);
		assertThat(district.concentrations().value(Indicator.PM2_5_24H)).hasValue(105.0);
		assertThat(district.aqi()).hasValue(138);
		assertThat((stationA + stationB) / 2.0).isNotEqualTo(138.0);
	}

	@Test
	void stationWithoutAValidValueIsLeftOutOfThatPollutantsMean() {
		DailyConcentrations a = Days.clean(DAY).with(Indicator.PM10_24H, 100).build();
		DailyConcentrations b = Days.clean(DAY).with(Indicator.PM10_24H, 50).without(Indicator.PM2_5_24H).build();

		DailyConcentrations district = DistrictDay.combine(DAY, List.of(a, b));

		assertThat(district.value(Indicator.PM10_24H)).hasValue(75.0);
		assertThat(district.value(Indicator.PM2_5_24H)).hasValue(20.0);
	}

	@Test
	void minimumShareOfStationsCanWithholdADistrictValue() {
		DailyConcentrations a = Days.clean(DAY).build();
		DailyConcentrations b = Days.clean(DAY).without(Indicator.CO_24H).build();
		StationCoverage allThree = new StationCoverage(1.0);
		StationCoverage twoThirds = new StationCoverage(2.0 / 3);

		assertThat(DistrictDay.combine(DAY, List.of(a, b), 3, allThree).has(Indicator.PM2_5_24H)).isFalse();
		assertThat(DistrictDay.combine(DAY, List.of(a, b), 3, twoThirds).has(Indicator.PM2_5_24H)).isTrue();
		assertThat(DistrictDay.combine(DAY, List.of(a, b), 3, twoThirds).has(Indicator.CO_24H)).isFalse();
		assertThat(DistrictDay.combine(DAY, List.of(a, b), 3, StationCoverage.ANY_STATION).has(Indicator.CO_24H))
			.isTrue();
	}

}
