package io.cleanair.core.aqi;

import io.cleanair.core.pollutant.ConcentrationRounding;
import io.cleanair.core.pollutant.Pollutant;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** China's AQI (HJ 633), one edition per instance, from an {@link Hj633RuleSet}. */
public final class ChinaAqi implements AqiStandard {

	/** AQI above which primary pollutants are named (HJ 633-2012 §3.3). */
	static final int PRIMARY_POLLUTANT_ABOVE = 50;

	/** IAQI above which a pollutant is "exceeding" (HJ 633-2012 §3.4). */
	static final int EXCEEDING_ABOVE = 100;

	/**
	 * The standard is silent above the last breakpoint: cap here and flag "beyond index".
	 */
	static final int CAP = 500;

	private final Hj633RuleSet rules;

	public ChinaAqi(Hj633RuleSet rules) {
		this.rules = rules;
	}

	@Override
	public String id() {
		return rules.id();
	}

	public Hj633RuleSet rules() {
		return rules;
	}

	@Override
	public MissingDataPolicy missingDataPolicy() {
		return rules.missingDataPolicy();
	}

	@Override
	public AqiResult assess(ReportPeriod period, IndicatorValues values) {
		SubIndices s = new SubIndices();
		Map<Indicator, BreakpointTable> tables = rules.tables(period);
		tables.forEach((indicator, table) -> subIndex(indicator, table, values, s));
		Set<Indicator> used = EnumSet.copyOf(tables.keySet());
		rules.overRange().values().forEach(r -> {
			if (r instanceof OverRangeRule.Substitute sub) {
				used.add(sub.from());
			}
		});
		s.ignoreUnused(values, used, rules.id(), period);
		return conclude(period, s);
	}

	private void subIndex(Indicator indicator, BreakpointTable table, IndicatorValues values, SubIndices s) {
		Optional<BigDecimal> raw = values.get(indicator);
		if (raw.isEmpty()) {
			s.missing.add(indicator);
			return;
		}
		BigDecimal c = rounded(indicator, raw.get());
		s.concentrations.put(indicator, c);
		if (!table.isAboveTop(c)) {
			s.iaqi.put(indicator, ceil(table.interpolate(c).orElseThrow()));
			return;
		}
		OverRangeRule rule = rules.overRange().get(indicator);
		if (rule == null) {
			s.iaqi.put(indicator, CAP);
			s.beyondIndex.add(indicator);
			s.notes.add(indicator + " " + c + " is above the last breakpoint " + table.highestConcentration()
					+ ": IAQI capped at " + CAP + " (beyond index)");
		}
		else {
			applyOverRange(indicator, c, rule, values, s);
		}
	}

	/** HJ 633-2012 Table 1 notes (a), (b); HJ 633-2026 fixed values. */
	private void applyOverRange(Indicator indicator, BigDecimal c, OverRangeRule rule, IndicatorValues values,
			SubIndices s) {
		if (rule instanceof OverRangeRule.Fixed fixed) {
			s.iaqi.put(indicator, fixed.iaqi());
			s.notes.add(indicator + " " + c + " is over range: IAQI fixed at " + fixed.iaqi());
			return;
		}
		OverRangeRule.Substitute sub = (OverRangeRule.Substitute) rule;
		Optional<BigDecimal> other = values.get(sub.from());
		if (other.isEmpty()) {
			s.missing.add(indicator);
			s.notes.add(indicator + " " + c + " is over range and " + sub.from() + " is missing: IAQI NA");
			return;
		}
		BigDecimal oc = rounded(sub.from(), other.get());
		s.concentrations.putIfAbsent(sub.from(), oc);
		int value;
		if (sub.table().isAboveTop(oc)) {
			value = CAP;
			s.beyondIndex.add(indicator);
		}
		else {
			value = ceil(sub.table().interpolate(oc).orElseThrow());
		}
		s.iaqi.put(indicator, value);
		s.notes.add(indicator + " " + c + " is over range: IAQI " + value + " taken from " + sub.from() + " " + oc);
	}

	private AqiResult conclude(ReportPeriod period, SubIndices s) {
		List<Pollutant> exceeding = rules.reportsExceedingPollutants() ? s.pollutantsAbove(EXCEEDING_ABOVE) : List.of();
		boolean complete = s.missing.isEmpty();
		if (s.max().isEmpty()) {
			return result(period, null, s, exceeding, complete, "no indicator present");
		}
		int aqi = s.max().getAsInt();
		String naReason = naReason(aqi, complete);
		return result(period, naReason == null ? aqi : null, s, exceeding, complete, naReason);
	}

	private String naReason(int aqi, boolean complete) {
		if (complete) {
			return null;
		}
		switch (rules.missingDataPolicy()) {
			case NA_UNLESS_ABOVE_100:
				return aqi > EXCEEDING_ABOVE ? null
						: "HJ 633-2026 §5.3: indicators missing and AQI of those present is " + aqi + " (≤ 100)";
			case NA_WHEN_INCOMPLETE:
				return "indicators missing";
			default:
				return null;
		}
	}

	private AqiResult result(ReportPeriod period, Integer aqi, SubIndices s, List<Pollutant> exceeding,
			boolean complete, String naReason) {
		List<Pollutant> primary = aqi != null && aqi > PRIMARY_POLLUTANT_ABOVE ? s.pollutantsAt(aqi) : List.of();
		return new AqiResult(rules.id(), period, aqi, aqi == null ? null : ChinaCategory.of(aqi), s.iaqi,
				s.concentrations, primary, exceeding, complete, s.missing, s.beyondIndex, naReason, s.notes);
	}

	private static BigDecimal rounded(Indicator indicator, BigDecimal raw) {
		BigDecimal c = ConcentrationRounding.forIndex(indicator.pollutant(), raw);
		if (c.signum() < 0) {
			throw new IllegalArgumentException(indicator + ": negative concentration " + raw);
		}
		return c;
	}

	/** HJ 633-2012 §6.2, HJ 633-2026 §4.2.6: IAQI rounded up to an integer. */
	static int ceil(BigDecimal exact) {
		return exact.setScale(0, RoundingMode.CEILING).intValueExact();
	}

}
