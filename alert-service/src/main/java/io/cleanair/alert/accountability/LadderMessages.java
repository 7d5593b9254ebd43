package io.cleanair.alert.accountability;

import java.util.stream.Collectors;

import io.cleanair.alert.accountability.LadderRecord.Step;

/**
 * The text of a ladder step's notice, in Chinese or English, with the rankings behind it.
 */
final class LadderMessages {

	private LadderMessages() {
	}

	static String text(Step step, boolean zh) {
		String months = step.evidence()
			.stream()
			.map(s -> zh ? s.month() + " 第" + s.rank() + "名（共" + s.districtsRanked() + "）"
					: s.month() + " rank " + s.rank() + " of " + s.districtsRanked())
			.collect(Collectors.joining(zh ? "；" : "; "));
		if (zh) {
			return switch (step.sanction()) {
				case VETO -> step.districtId() + " 未完成 " + step.month().getYear() + " 年度优良天数目标，实行一票否决。"
						+ (step.evidenceNote() == null ? "" : "\n" + step.evidenceNote());
				default -> step.districtId() + " 连续 " + step.streak() + " 个月位列月度综合指数排名后三名，予以"
						+ step.sanction().chinese() + "。\n排名依据：" + months;
			};
		}
		return switch (step.sanction()) {
			case VETO -> step.districtId() + " missed its good-day target for " + step.month().getYear() + ": veto."
					+ (step.evidenceNote() == null ? "" : "\n" + step.evidenceNote());
			default ->
				step.districtId() + " has been in the bottom three of the monthly ranking by composite index for "
						+ step.streak() + " months running: " + step.sanction().english() + ".\nRankings: " + months;
		};
	}

}
