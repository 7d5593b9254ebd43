package io.cleanair.portal.page;

import io.cleanair.core.aqi.ChinaCategory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HealthAdviceTests {

	@Test
	void everyCategoryHasEffectsAndActionsInBothLanguages() {
		for (ChinaCategory c : ChinaCategory.values()) {
			for (Lang lang : Lang.values()) {
				assertThat(HealthAdvice.effects(c, lang)).isNotBlank();
				assertThat(HealthAdvice.actions(c, lang)).isNotBlank();
			}
		}
		assertThat(HealthAdvice.actions(ChinaCategory.EXCELLENT, Lang.ZH)).isEqualTo("各类人群可正常活动");
		assertThat(HealthAdvice.actions(ChinaCategory.SEVERELY_POLLUTED, Lang.ZH))
			.isEqualTo("儿童、老年人和病人应当留在室内，避免体力消耗，一般人群应避免户外活动");
	}

	@Test
	void chineseIsTheDefaultAndEnglishIsChosenByItsTag() {
		assertThat(Lang.of(null)).isEqualTo(Lang.ZH);
		assertThat(Lang.of("fr")).isEqualTo(Lang.ZH);
		assertThat(Lang.of("en")).isEqualTo(Lang.EN);
		assertThat(Lang.of("en-GB")).isEqualTo(Lang.EN);
	}

	@Test
	void markupInTextIsEscaped() {
		assertThat(Html.esc("<script>\"a\" & 'b'</script>"))
			.isEqualTo("&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/script&gt;");
	}

}
