package io.cleanair.alert.briefing;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;

import io.cleanair.core.alerting.Language;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Briefings ({@code aq.alert.briefing.*}).
 *
 * @param font the CJK font embedded in PDFs: a TrueType file or collection (default: the
 * WenQuanYi Micro Hei of Debian's {@code fonts-wqy-microhei})
 * @param morningAt when the morning briefing is sent, in the city's zone (default 07:30)
 * @param morning false: no morning briefing
 * @param checkInterval how often an instance looks whether the morning briefing is due
 * @param cityNameZh the city's name in Chinese briefings
 * @param cityNameEn the city's name in English briefings
 */
@ConfigurationProperties("aq.alert.briefing")
public record BriefingProperties(Path font, LocalTime morningAt, Boolean morning, Duration checkInterval,
		String cityNameZh, String cityNameEn) {

	public BriefingProperties {
		font = font == null ? Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc") : font;
		morningAt = morningAt == null ? LocalTime.of(7, 30) : morningAt;
		morning = morning == null || morning;
		checkInterval = checkInterval == null ? Duration.ofMinutes(1) : checkInterval;
		cityNameZh = cityNameZh == null || cityNameZh.isBlank() ? "全市" : cityNameZh;
		cityNameEn = cityNameEn == null || cityNameEn.isBlank() ? "City" : cityNameEn;
	}

	public String cityName(Language language) {
		return language == Language.ZH ? cityNameZh : cityNameEn;
	}
}
