package io.cleanair.alert.briefing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.time.ZoneId;

import io.cleanair.core.alerting.Language;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The PDF carries the districts' names in Chinese in an embedded CJK font (text extracted
 * from the PDF itself), the HTML carries the same words and inline SVG charts, and a
 * missing font is a problem detail, not a PDF of boxes.
 */
class BriefingRenderingTests {

	static final Path FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	@Test
	void thePdfContainsTheDistrictsNamesInChineseInAnEmbeddedFont() throws IOException {
		Assumptions.assumeTrue(Files.isReadable(FONT), "fonts-wqy-microhei is not installed");
		byte[] pdf = PdfBriefing.render(SampleBriefing.of(Language.ZH), ZONE, FONT);
		Files.write(Path.of(System.getProperty("java.io.tmpdir"), "briefing-sample.pdf"), pdf);
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(doc);
			for (String name : SampleBriefing.NAMES) {
				assertThat(text).contains(name.substring(0, name.indexOf(' ')));
			}
			assertThat(text).contains("空气质量工作领导小组通报", "综合指数排名", "黄牌警告", "优良天数进展与目标线", "未响应", "建筑工地扬尘")
				.doesNotContain("?");
			PDFont font = doc.getPage(0)
				.getResources()
				.getFont(doc.getPage(0).getResources().getFontNames().iterator().next());
			assertThat(font.isEmbedded()).isTrue();
		}
	}

	@Test
	void theHtmlSaysTheSameWithSvgCharts() {
		String html = HtmlBriefing.render(SampleBriefing.of(Language.ZH), ZONE);
		assertThat(html).contains("<html lang=\"zh-CN\"", "东城区 Dongcheng", "排名后三名：昌平区 Changping、顺义区 Shunyi、怀柔区 Huairou",
				"<svg", "<polyline", "未响应：顺义区 Shunyi 重污染");
		String english = HtmlBriefing.render(SampleBriefing.of(Language.EN), ZONE);
		assertThat(english).contains("Air-quality leading group briefing (daily)", "Bottom three: ", "at risk");
	}

	@Test
	void primaryPollutantsAreNamedAsReadersWriteThem() {
		assertThat(BriefingLayout.pollutantNames(List.of("PM2_5", "O3", "PM10"))).isEqualTo("PM2.5, O3, PM10");
		assertThat(BriefingLayout.pollutantNames(List.of("NOT_A_POLLUTANT"))).isEqualTo("NOT_A_POLLUTANT");
		assertThat(HtmlBriefing.render(SampleBriefing.of(Language.ZH), ZONE)).contains(">PM2.5</td>")
			.doesNotContain("PM2_5");
	}

	@Test
	void aMissingFontIsAProblemDetail() {
		assertThatThrownBy(
				() -> PdfBriefing.render(SampleBriefing.of(Language.ZH), ZONE, Path.of("/nonexistent/font.ttc")))
			.isInstanceOf(FontMissingException.class)
			.satisfies(e -> assertThat(((FontMissingException) e).toProblemDetail().getType())
				.hasToString("https://cleanair.io/problems/briefing-font-missing"));
	}

}
