package io.cleanair.portal.page;

import java.util.EnumMap;
import java.util.Map;

import io.cleanair.core.aqi.ChinaCategory;

/**
 * HJ 633-2012 Table 2 (空气质量指数及相关信息): the health effects of each category and the actions
 * recommended, in the standard's Chinese and in English.
 */
public final class HealthAdvice {

	private static final Map<ChinaCategory, String[]> TEXTS = new EnumMap<>(ChinaCategory.class);

	static {
		TEXTS.put(ChinaCategory.EXCELLENT, new String[] { "空气质量令人满意，基本无空气污染", "各类人群可正常活动",
				"Air quality is satisfactory; there is hardly any air pollution.", "Everyone can carry on as usual." });
		TEXTS.put(ChinaCategory.GOOD, new String[] { "空气质量可接受，但某些污染物可能对极少数异常敏感人群健康有较弱影响", "极少数异常敏感人群应减少户外活动",
				"Air quality is acceptable, but some pollutants may slightly affect a very few unusually sensitive people.",
				"The very few unusually sensitive people should reduce outdoor activity." });
		TEXTS.put(ChinaCategory.LIGHTLY_POLLUTED, new String[] { "易感人群症状有轻度加剧，健康人群出现刺激症状",
				"儿童、老年人及心脏病、呼吸系统疾病患者应减少长时间、高强度的户外锻炼",
				"Symptoms of susceptible people get slightly worse; healthy people notice irritation.",
				"Children, the elderly and people with heart or respiratory disease should reduce long or strenuous outdoor exercise." });
		TEXTS.put(ChinaCategory.MODERATELY_POLLUTED, new String[] { "进一步加剧易感人群症状，可能对健康人群心脏、呼吸系统有影响",
				"儿童、老年人及心脏病、呼吸系统疾病患者避免长时间、高强度的户外锻炼，一般人群适量减少户外运动",
				"Symptoms of susceptible people get worse; the heart and lungs of healthy people may be affected.",
				"Children, the elderly and people with heart or respiratory disease should avoid long or strenuous outdoor exercise; everyone else should exercise outdoors less." });
		TEXTS.put(ChinaCategory.HEAVILY_POLLUTED, new String[] { "心脏病和肺病患者症状显著加剧，运动耐受力降低，健康人群普遍出现症状",
				"儿童、老年人和心脏病、肺病患者应停留在室内，停止户外运动，一般人群减少户外运动",
				"Symptoms of people with heart or lung disease get markedly worse and exercise tolerance drops; healthy people commonly have symptoms.",
				"Children, the elderly and people with heart or lung disease should stay indoors and stop outdoor exercise; everyone else should exercise outdoors less." });
		TEXTS.put(ChinaCategory.SEVERELY_POLLUTED, new String[] { "健康人群运动耐受力降低，有明显强烈症状，提前出现某些疾病",
				"儿童、老年人和病人应当留在室内，避免体力消耗，一般人群应避免户外活动",
				"Healthy people's exercise tolerance drops, with marked, strong symptoms; some illnesses appear early.",
				"Children, the elderly and the sick should stay indoors and avoid exertion; everyone else should avoid outdoor activity." });
	}

	private HealthAdvice() {
	}

	public static String effects(ChinaCategory c, Lang lang) {
		String[] t = TEXTS.get(c);
		return lang.pick(t[0], t[2]);
	}

	public static String actions(ChinaCategory c, Lang lang) {
		String[] t = TEXTS.get(c);
		return lang.pick(t[1], t[3]);
	}

}
