package io.cleanair.core.aqi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * HJ 633 Appendix A and EPA categories: bounds, names, colours (docs/standards.md §1.5,
 * §3.4).
 */
class CategoryTests {

	@ParameterizedTest(name = "AQI {0} → China {1}, US {2}")
	@CsvSource({ "0, EXCELLENT, GOOD", "50, EXCELLENT, GOOD", "51, GOOD, MODERATE", "100, GOOD, MODERATE",
			"101, LIGHTLY_POLLUTED, UNHEALTHY_FOR_SENSITIVE_GROUPS",
			"150, LIGHTLY_POLLUTED, UNHEALTHY_FOR_SENSITIVE_GROUPS", "151, MODERATELY_POLLUTED, UNHEALTHY",
			"200, MODERATELY_POLLUTED, UNHEALTHY", "201, HEAVILY_POLLUTED, VERY_UNHEALTHY",
			"300, HEAVILY_POLLUTED, VERY_UNHEALTHY", "301, SEVERELY_POLLUTED, HAZARDOUS",
			"500, SEVERELY_POLLUTED, HAZARDOUS", "649, SEVERELY_POLLUTED, HAZARDOUS" })
	void categoryBoundsAreInclusive(int aqi, ChinaCategory china, UsCategory us) {
		assertThat(ChinaCategory.of(aqi)).isEqualTo(china);
		assertThat(UsCategory.of(aqi)).isEqualTo(us);
	}

	@Test
	void chinaCategoriesCarryLevelNamesAndColours() {
		assertThat(ChinaCategory.HEAVILY_POLLUTED.level()).isEqualTo(5);
		assertThat(ChinaCategory.HEAVILY_POLLUTED.levelRoman()).isEqualTo("V");
		assertThat(ChinaCategory.HEAVILY_POLLUTED.levelZh()).isEqualTo("五级");
		assertThat(ChinaCategory.HEAVILY_POLLUTED.nameZh()).isEqualTo("重度污染");
		assertThat(ChinaCategory.HEAVILY_POLLUTED.nameEn()).isEqualTo("Heavily polluted");
		assertThat(ChinaCategory.HEAVILY_POLLUTED.rgb()).containsExactly(153, 0, 76);
		assertThat(ChinaCategory.SEVERELY_POLLUTED.colour().hex()).isEqualTo("#7E0023");
		assertThat(ChinaCategory.EXCELLENT.rgb()).containsExactly(0, 228, 0);
		assertThat(ChinaCategory.LIGHTLY_POLLUTED.rgb()).containsExactly(255, 126, 0);
	}

	@Test
	void usVeryUnhealthyIsPurpleOfTheEpaPalette() {
		assertThat(UsCategory.VERY_UNHEALTHY.rgb()).containsExactly(143, 63, 151);
		assertThat(UsCategory.UNHEALTHY_FOR_SENSITIVE_GROUPS.nameEn()).isEqualTo("Unhealthy for Sensitive Groups");
	}

	@Test
	void negativeAqiIsRejected() {
		assertThatThrownBy(() -> ChinaCategory.of(-1)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Colour(256, 0, 0)).isInstanceOf(IllegalArgumentException.class);
	}

}
