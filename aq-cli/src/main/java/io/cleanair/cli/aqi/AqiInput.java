package io.cleanair.cli.aqi;

import io.cleanair.core.aqi.AqiStandard;
import io.cleanair.core.aqi.ChinaAqi;
import io.cleanair.core.aqi.Indicator;
import io.cleanair.core.aqi.ReportPeriod;
import io.cleanair.core.aqi.UsEpaAqi;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The command's input names and the indicator each stands for in a report: PM2_5, PM10,
 * SO2, NO2, CO, O3_1H, O3_8H, or an indicator name (e.g. SO2_24H) to give one explicitly.
 */
enum AqiInput {

	PM2_5, PM10, SO2, NO2, CO, O3_1H, O3_8H;

	static final List<String> NAMES = List.of("PM2_5", "PM10", "SO2", "NO2", "CO", "O3_1H", "O3_8H");

	/** Whether {@code name} is an input name or an indicator name. */
	static boolean isName(String name) {
		String n = normalise(name);
		return NAMES.contains(n) || java.util.Arrays.stream(Indicator.values()).anyMatch(i -> i.name().equals(n));
	}

	private static String normalise(String name) {
		return name.trim().toUpperCase(Locale.ROOT).replace("PM2.5", "PM2_5");
	}

	/**
	 * Indicator of {@code name} under {@code standard} for {@code period}; empty if the
	 * name is unknown.
	 */
	static Optional<Indicator> indicator(String name, AqiStandard standard, ReportPeriod period) {
		String n = normalise(name);
		for (AqiInput input : values()) {
			if (input.name().equals(n)) {
				return Optional.of(input.indicator(standard, period));
			}
		}
		for (Indicator i : Indicator.values()) {
			if (i.name().equals(n)) {
				return Optional.of(i);
			}
		}
		return Optional.empty();
	}

	/**
	 * Day: 24-hour means, O3 daily maxima; hour: 1-hour values, PM per standard (HJ
	 * 633-2012: 24-hour moving).
	 */
	Indicator indicator(AqiStandard standard, ReportPeriod period) {
		boolean us = standard instanceof UsEpaAqi;
		boolean day = period == ReportPeriod.DAY;
		boolean pmOnOneHour = !day && (us || standard instanceof ChinaAqi china
				&& china.rules().tables(ReportPeriod.HOUR).containsKey(Indicator.PM2_5_1H));
		switch (this) {
			case PM2_5:
				return pmOnOneHour ? Indicator.PM2_5_1H : Indicator.PM2_5_24H;
			case PM10:
				return pmOnOneHour ? Indicator.PM10_1H : Indicator.PM10_24H;
			case SO2:
				return us || !day ? Indicator.SO2_1H : Indicator.SO2_24H;
			case NO2:
				return us || !day ? Indicator.NO2_1H : Indicator.NO2_24H;
			case CO:
				return us ? Indicator.CO_8H : day ? Indicator.CO_24H : Indicator.CO_1H;
			case O3_1H:
				return Indicator.O3_1H;
			case O3_8H:
				return Indicator.O3_8H;
			default:
				throw new IllegalStateException(name());
		}
	}

}
