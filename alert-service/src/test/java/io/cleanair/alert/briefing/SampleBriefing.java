package io.cleanair.alert.briefing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.cleanair.core.alerting.Language;

/**
 * A daily briefing of eight districts with figures of every kind, for the renderers'
 * tests.
 */
final class SampleBriefing {

	static final String[] NAMES = { "东城区 Dongcheng", "西城区 Xicheng", "朝阳区 Chaoyang", "海淀区 Haidian", "石景山区 Shijingshan",
			"昌平区 Changping", "顺义区 Shunyi", "怀柔区 Huairou" };

	private SampleBriefing() {
	}

	static Briefing of(Language language) {
		LocalDate day = LocalDate.of(2026, 11, 30);
		List<Briefing.Air> air = new ArrayList<>();
		List<Briefing.Target> targets = new ArrayList<>();
		List<Briefing.Rank> ranks = new ArrayList<>();
		for (int i = 0; i < NAMES.length; i++) {
			String id = "d" + i;
			air.add(new Briefing.Air(id, NAMES[i], day, 60 + 12 * i, i < 4 ? "GOOD" : "LIGHTLY_POLLUTED",
					List.of("PM2_5"), 1, 1));
			targets.add(new Briefing.Target(id, NAMES[i], new BigDecimal("80"), 250 - 5 * i, 330,
					new BigDecimal("75.8"), 20 - 4 * i, new BigDecimal(60 + 3 * i), i < 5 ? "ON_TRACK" : "AT_RISK",
					new BigDecimal("-1.2"), 292, 267));
			ranks.add(new Briefing.Rank(id, NAMES[i], i + 1,
					new BigDecimal(3 + 0.2 * i).setScale(2, java.math.RoundingMode.HALF_EVEN), i + 1,
					new BigDecimal(80 - i), i >= 5, i % 3 - 1));
		}
		List<Briefing.Pm25Month> pm25 = new ArrayList<>();
		for (int m = 1; m <= 11; m++) {
			pm25.add(new Briefing.Pm25Month("2026-%02d".formatted(m), 30 + 10 * Math.sin(m), 36.0 + 9 * Math.cos(m)));
		}
		return new Briefing(BriefingPeriod.DAILY, day, day, language, language == Language.ZH ? "全市" : "City",
				Instant.parse("2026-11-30T23:30:00Z"),
				new Briefing.Air(
						"city", language == Language.ZH ? "全市" : "City", day, 88, "GOOD", List.of("PM2_5"), 1, 1),
				air, targets, ranks, LocalDate.of(2026, 11, 1),
				List.of(new Briefing.LadderStep("d7", NAMES[7], "2026-10", "YELLOW_CARD", "黄牌警告", 3,
						"2026-08 #8/8, 2026-09 #7/8, 2026-10 #8/8")),
				List.of(new Briefing.IncidentLine("i1", "HEAVY_POLLUTION", "d6", "CRITICAL", "OPEN",
						Instant.parse("2026-11-30T02:00:00Z"), List.of("周强 (EMAIL, SMS)"), null, null),
						new Briefing.IncidentLine("i2", "SUSTAINED_EXCEEDANCE", "d2", "WARNING", "ACKNOWLEDGED",
								Instant.parse("2026-11-30T05:00:00Z"), List.of("陈静 (SMS)"), 12L, "chen-jing")),
				new Briefing.Ledger(
						List.of(new Briefing.LedgerLine("r1", "露天焚烧点 清理", "d5", "sun-li", LocalDate.of(2026, 12, 3),
								"IN_PROGRESS")),
						List.of(new Briefing.LedgerLine("r2", "建筑工地扬尘", "d2", "chen-jing", LocalDate.of(2026, 11, 20),
								"OPEN")),
						List.of()),
				List.of(new Briefing.StationData("dongsi", "d0", 1, 1, false),
						new Briefing.StationData("huairou", "d7", 1, 0, true)),
				pm25);
	}

}
