package io.cleanair.core.aqi;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/** The rule sets by id, and the date rule that picks the HJ 633 edition. */
public final class AqiStandards {

	/**
	 * HJ 633-2026 and GB 3095-2026 are in force from this day; earlier days use HJ
	 * 633-2012.
	 */
	public static final LocalDate HJ633_2026_IN_FORCE = LocalDate.of(2026, 3, 1);

	/** Days of the Chinese standards are calendar days in China Standard Time. */
	public static final ZoneId CHINA_ZONE = ZoneId.of("Asia/Shanghai");

	public static final String HJ633 = "hj633";

	public static final String HJ633_2012 = "hj633-2012";

	public static final String HJ633_2026 = "hj633-2026";

	public static final String EPA_2024 = "epa-2024";

	public static final String EPA_2012 = "epa-2012";

	private static final AqiStandard HJ633_2012_STANDARD = new ChinaAqi(Hj633RuleSet.HJ633_2012);

	private static final AqiStandard HJ633_2026_STANDARD = new ChinaAqi(Hj633RuleSet.HJ633_2026);

	private static final AqiStandard EPA_2024_STANDARD = new UsEpaAqi(UsEpaTables.EPA_2024);

	private static final AqiStandard EPA_2012_STANDARD = new UsEpaAqi(UsEpaTables.EPA_2012);

	private AqiStandards() {
	}

	/**
	 * Valid ids: "hj633-2012", "hj633-2026", "hj633" (by the day assessed), "epa-2024",
	 * "epa-2012".
	 */
	public static AqiStandard byId(String id) {
		String n = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
		switch (n) {
			case HJ633:
				return hj633(Clock.system(CHINA_ZONE));
			case HJ633_2012:
				return HJ633_2012_STANDARD;
			case HJ633_2026:
				return HJ633_2026_STANDARD;
			case EPA_2024:
				return EPA_2024_STANDARD;
			case EPA_2012:
				return EPA_2012_STANDARD;
			default:
				throw new IllegalArgumentException(
						"Unknown AQI standard '" + id + "'; valid ids: " + String.join(", ", ids()));
		}
	}

	public static List<String> ids() {
		return List.of(HJ633_2012, HJ633_2026, HJ633, EPA_2024, EPA_2012);
	}

	/** HJ 633-2012 before 2026-03-01, HJ 633-2026 from that day. */
	public static AqiStandard hj633For(LocalDate day) {
		return hj633For(day, HJ633_2026_IN_FORCE);
	}

	/**
	 * As {@link #hj633For(LocalDate)} with another switch day, for policies that apply
	 * one edition to a whole period straddling the change (docs/standards.md: the year
	 * 2026 is assessed day by day by default).
	 */
	public static AqiStandard hj633For(LocalDate day, LocalDate edition2026From) {
		return day.isBefore(edition2026From) ? HJ633_2012_STANDARD : HJ633_2026_STANDARD;
	}

	/** The date-choosing "hj633"; without a day it uses today by {@code clock}. */
	public static AqiStandard hj633(Clock clock) {
		return hj633(clock, HJ633_2026_IN_FORCE);
	}

	/**
	 * A date-choosing "hj633" that switches to HJ 633-2026 on {@code edition2026From}.
	 */
	public static AqiStandard hj633(Clock clock, LocalDate edition2026From) {
		return new DatedHj633(clock, edition2026From);
	}

	/**
	 * Each day is assessed under the edition in force that day; results name the concrete
	 * rule set.
	 */
	private record DatedHj633(Clock clock, LocalDate edition2026From) implements AqiStandard {

		@Override
		public String id() {
			return HJ633;
		}

		@Override
		public AqiResult assess(ReportPeriod period, IndicatorValues values) {
			return assess(LocalDate.now(clock), period, values);
		}

		@Override
		public AqiResult assess(LocalDate day, ReportPeriod period, IndicatorValues values) {
			return hj633For(day, edition2026From).assess(period, values);
		}
	}

}
