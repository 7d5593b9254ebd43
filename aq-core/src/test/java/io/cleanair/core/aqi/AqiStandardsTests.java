package io.cleanair.core.aqi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Rule sets by id, and HJ 633-2026 from 2026-03-01 (GB 3095-2026, HJ 633-2026). */
class AqiStandardsTests {

	private static final IndicatorValues PM25_60 = IndicatorValues.of(Indicator.PM2_5_24H, "60");

	@Test
	void everyIdResolvesToItsOwnRuleSet() {
		for (String id : new String[] { "hj633-2012", "hj633-2026", "epa-2024", "epa-2012" }) {
			assertThat(AqiStandards.byId(id).id()).isEqualTo(id);
			assertThat(AqiStandards.byId(id).assess(ReportPeriod.DAY, PM25_60).ruleSet()).isEqualTo(id);
		}
		assertThat(AqiStandards.byId("HJ633").id()).isEqualTo("hj633");
	}

	@Test
	void unknownIdListsTheValidIds() {
		assertThatThrownBy(() -> AqiStandards.byId("hj633-2000")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("hj633-2000")
			.hasMessageContaining("hj633-2012, hj633-2026, hj633, epa-2024, epa-2012");
	}

	@Test
	void lastDayOfFebruary2026IsAssessedUnder2012AndMarchFirstUnder2026() {
		assertThat(AqiStandards.hj633For(LocalDate.of(2026, 2, 28)).id()).isEqualTo("hj633-2012");
		assertThat(AqiStandards.hj633For(AqiStandards.HJ633_2026_IN_FORCE).id()).isEqualTo("hj633-2026");
		assertThat(AqiStandards.HJ633_2026_IN_FORCE).isEqualTo(LocalDate.of(2026, 3, 1));
	}

	@Test
	void dateChoosingStandardNamesTheConcreteRuleSetItUsed() {
		AqiStandard hj633 = AqiStandards.byId("hj633");
		AqiResult before = hj633.assess(LocalDate.of(2017, 1, 1), ReportPeriod.DAY, PM25_60);
		AqiResult after = hj633.assess(LocalDate.of(2026, 3, 1), ReportPeriod.DAY, PM25_60);
		assertThat(before.ruleSet()).isEqualTo("hj633-2012");
		assertThat(before.iaqi().get(Indicator.PM2_5_24H)).isEqualTo(82);
		assertThat(after.ruleSet()).isEqualTo("hj633-2026");
		assertThat(after.iaqi().get(Indicator.PM2_5_24H)).isEqualTo(100);
	}

	@Test
	void dateChoosingStandardWithoutADayUsesTodayInChina() {
		// 2026-02-28T16:00Z is already 2026-03-01 in Beijing
		Clock clock = Clock.fixed(Instant.parse("2026-02-28T16:00:00Z"), AqiStandards.CHINA_ZONE);
		assertThat(AqiStandards.hj633(clock).assess(ReportPeriod.DAY, PM25_60).ruleSet()).isEqualTo("hj633-2026");
	}

	@Test
	void switchDayIsConfigurable() {
		AqiStandard from2027 = AqiStandards.hj633(Clock.systemUTC(), LocalDate.of(2027, 1, 1));
		assertThat(from2027.assess(LocalDate.of(2026, 6, 1), ReportPeriod.DAY, PM25_60).ruleSet())
			.isEqualTo("hj633-2012");
		assertThat(AqiStandards.hj633For(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 1, 1)).id())
			.isEqualTo("hj633-2026");
	}

	@Test
	void fixedStandardsIgnoreTheDay() {
		AqiResult r = AqiStandards.byId("hj633-2012").assess(LocalDate.of(2030, 1, 1), ReportPeriod.DAY, PM25_60);
		assertThat(r.ruleSet()).isEqualTo("hj633-2012");
	}

}
