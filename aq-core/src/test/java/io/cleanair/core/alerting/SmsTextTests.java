package io.cleanair.core.alerting;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmsTextTests {

	@Test
	void gsmAndUcs2SegmentLimits() {
		assertThat(SmsText.segments("a".repeat(160))).isEqualTo(1);
		assertThat(SmsText.segments("a".repeat(161))).isEqualTo(2);
		assertThat(SmsText.segments("a".repeat(306))).isEqualTo(2);
		assertThat(SmsText.segments("a".repeat(307))).isEqualTo(3);
		assertThat(SmsText.segments("污".repeat(70))).isEqualTo(1);
		assertThat(SmsText.segments("污".repeat(71))).isEqualTo(2);
		assertThat(SmsText.segments("€".repeat(80))).isEqualTo(1);
		assertThat(SmsText.segments("€".repeat(81))).isEqualTo(2);
	}

	@Test
	void shortTextIsKept() {
		assertThat(SmsText.fit("  Heavy pollution in haidian ", 1)).isEqualTo("Heavy pollution in haidian");
	}

	@Test
	void longEnglishIsShortenedAtAWordWithinTheSegments() {
		String text = "Heavy pollution in haidian ".repeat(20);
		String one = SmsText.fit(text, 1);
		assertThat(SmsText.segments(one)).isEqualTo(1);
		assertThat(one).endsWith("...").doesNotContain("  ");
		assertThat(one.length()).isGreaterThan(140);
		String two = SmsText.fit(text, 2);
		assertThat(SmsText.segments(two)).isEqualTo(2);
		assertThat(SmsText.units(two)).isLessThanOrEqualTo(306);
	}

	@Test
	void longChineseIsShortenedWithAnEllipsis() {
		String text = "海淀区重污染预警，请立即启动应急响应。".repeat(10);
		String fitted = SmsText.fit(text, 2);
		assertThat(fitted).endsWith("…");
		assertThat(fitted.length()).isEqualTo(134);
		assertThat(SmsText.segments(fitted)).isEqualTo(2);
	}

	@Test
	void surrogatePairsAreNotCut() {
		String text = "😷".repeat(50);
		String fitted = SmsText.fit(text, 1);
		assertThat(fitted).isEqualTo("😷".repeat(34) + "…");
		assertThat(SmsText.segments(fitted)).isEqualTo(1);
	}

}
