package io.cleanair.alert.briefing;

import java.math.BigDecimal;
import java.util.Map;

import io.cleanair.core.alerting.Language;

/** The words of a briefing, in Chinese (the default) or English. */
final class BriefingText {

	private static final Map<String, String[]> WORDS = Map.ofEntries(
			Map.entry("title", new String[] { "空气质量工作领导小组通报", "Air-quality leading group briefing" }),
			Map.entry("period", new String[] { "通报期间", "Period" }),
			Map.entry("generated", new String[] { "生成时间", "Generated" }),
			Map.entry("air", new String[] { "一、空气质量", "1. Air quality" }),
			Map.entry("targets", new String[] { "二、优良天数目标进展", "2. Good days against the targets" }),
			Map.entry("ranking", new String[] { "三、综合指数排名（本月累计）", "3. Ranking by composite index (month to date)" }),
			Map.entry("ladder", new String[] { "四、问责情况", "4. Accountability" }),
			Map.entry("incidents", new String[] { "五、预警事件处置", "5. Incidents" }),
			Map.entry("ledger", new String[] { "六、整改台账", "6. Rectification ledger" }),
			Map.entry("completeness", new String[] { "七、数据完整性", "7. Data completeness" }),
			Map.entry("pm25",
					new String[] { "PM2.5 月均浓度：今年与去年同期（μg/m³）", "PM2.5 by month: this year against last (µg/m³)" }),
			Map.entry("progressChart", new String[] { "优良天数进展与目标线", "Good days so far against the target line" }),
			Map.entry("district", new String[] { "区域", "District" }), Map.entry("aqi", new String[] { "AQI", "AQI" }),
			Map.entry("category", new String[] { "类别", "Category" }),
			Map.entry("primary", new String[] { "首要污染物", "Primary pollutants" }),
			Map.entry("periodGood", new String[] { "期间优良天数", "Good days in period" }),
			Map.entry("target", new String[] { "目标", "Target" }),
			Map.entry("goodDays", new String[] { "优良天数", "Good days" }),
			Map.entry("rate", new String[] { "优良率", "Good-day rate" }),
			Map.entry("allowance", new String[] { "剩余可超标天数", "Non-good days left" }),
			Map.entry("needed", new String[] { "剩余需达优良率", "Rate needed" }),
			Map.entry("status", new String[] { "状态", "Status" }),
			Map.entry("yoy", new String[] { "同比", "vs last year" }), Map.entry("rank", new String[] { "排名", "Rank" }),
			Map.entry("index", new String[] { "综合指数", "Composite index" }),
			Map.entry("rateRank", new String[] { "优良率排名", "Rank by rate" }),
			Map.entry("movement", new String[] { "变化", "Movement" }),
			Map.entry("bottom", new String[] { "后三名", "Bottom three" }),
			Map.entry("bottomNamed", new String[] { "排名后三名：", "Bottom three: " }),
			Map.entry("month", new String[] { "月份", "Month" }), Map.entry("step", new String[] { "措施", "Step" }),
			Map.entry("streak", new String[] { "连续月数", "Months running" }),
			Map.entry("evidence", new String[] { "排名依据", "Rankings" }), Map.entry("none", new String[] { "无", "None" }),
			Map.entry("opened", new String[] { "发生时间", "Opened" }), Map.entry("type", new String[] { "类型", "Type" }),
			Map.entry("told", new String[] { "通知对象（渠道）", "Told (channel)" }),
			Map.entry("ack", new String[] { "响应用时", "Acknowledged in" }),
			Map.entry("unacked", new String[] { "未响应：", "Unacknowledged: " }),
			Map.entry("notAcked", new String[] { "未响应", "not acknowledged" }),
			Map.entry("minutes", new String[] { "分钟", "min" }),
			Map.entry("due", new String[] { "即将到期", "Due within a week" }),
			Map.entry("overdue", new String[] { "已逾期", "Overdue" }),
			Map.entry("closed", new String[] { "本期销号", "Verified in period" }),
			Map.entry("item", new String[] { "整改事项", "Item" }),
			Map.entry("official", new String[] { "责任人", "Responsible" }),
			Map.entry("deadline", new String[] { "时限", "Deadline" }),
			Map.entry("station", new String[] { "站点", "Station" }),
			Map.entry("validDays", new String[] { "有效天数", "Valid days" }),
			Map.entry("silent", new String[] { "断线", "Silent" }),
			Map.entry("silentNamed", new String[] { "断线站点：", "Silent stations: " }),
			Map.entry("thisYear", new String[] { "今年", "This year" }),
			Map.entry("lastYear", new String[] { "去年同期", "Last year" }),
			Map.entry("targetLine", new String[] { "目标线", "Target line" }),
			Map.entry("city", new String[] { "全市", "City" }),
			Map.entry("ON_TRACK", new String[] { "正常推进", "on track" }),
			Map.entry("AT_RISK", new String[] { "存在风险", "at risk" }),
			Map.entry("MISSED", new String[] { "无法完成", "missed" }),
			Map.entry("ACHIEVED", new String[] { "已完成", "achieved" }),
			Map.entry("EXCELLENT", new String[] { "优", "Excellent" }), Map.entry("GOOD", new String[] { "良", "Good" }),
			Map.entry("LIGHTLY_POLLUTED", new String[] { "轻度污染", "Lightly polluted" }),
			Map.entry("MODERATELY_POLLUTED", new String[] { "中度污染", "Moderately polluted" }),
			Map.entry("HEAVILY_POLLUTED", new String[] { "重度污染", "Heavily polluted" }),
			Map.entry("SEVERELY_POLLUTED", new String[] { "严重污染", "Severely polluted" }),
			Map.entry("SHORT_TERM_REBOUND", new String[] { "短时反弹", "Short-term rebound" }),
			Map.entry("SUSTAINED_EXCEEDANCE", new String[] { "持续超标", "Sustained exceedance" }),
			Map.entry("HEAVY_POLLUTION", new String[] { "重污染", "Heavy pollution" }),
			Map.entry("YOY_REBOUND", new String[] { "同比反弹", "Year-on-year rebound" }),
			Map.entry("TARGET_AT_RISK", new String[] { "年度目标存在风险", "Annual target at risk" }),
			Map.entry("RANKING_BOTTOM", new String[] { "排名靠后", "Bottom of the ranking" }),
			Map.entry("STATION_SILENT", new String[] { "站点断线", "Station silent" }),
			Map.entry("RECOVERED", new String[] { "已恢复", "Recovered" }),
			Map.entry("OPEN", new String[] { "待整改", "open" }),
			Map.entry("IN_PROGRESS", new String[] { "整改中", "in progress" }),
			Map.entry("RECTIFIED", new String[] { "已整改待核查", "rectified" }),
			Map.entry("VERIFIED", new String[] { "已核查销号", "verified" }),
			Map.entry("REOPENED", new String[] { "重新整改", "reopened" }));

	private final int index;

	BriefingText(Language language) {
		this.index = language == Language.ZH ? 0 : 1;
	}

	/** The word for a key; an unknown key (e.g. a new signal type) stands for itself. */
	String t(String key) {
		String[] w = key == null ? null : WORDS.get(key);
		return w == null ? (key == null ? "—" : key) : w[index];
	}

	String title(BriefingPeriod period) {
		return t("title") + (index == 0 ? "（" + period.chinese() + "）" : " (" + period.english() + ")");
	}

	static String number(BigDecimal n) {
		return n == null ? "—" : n.stripTrailingZeros().toPlainString();
	}

	static String signed(BigDecimal n) {
		return n == null ? "—" : (n.signum() > 0 ? "+" : "") + n.stripTrailingZeros().toPlainString();
	}

	static String percent(BigDecimal n) {
		return n == null ? "—" : n.setScale(1, java.math.RoundingMode.HALF_EVEN).toPlainString() + "%";
	}

	static String movement(Integer m) {
		return m == null ? "—" : m > 0 ? "↑" + m : m < 0 ? "↓" + (-m) : "→";
	}

}
