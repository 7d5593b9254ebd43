package io.cleanair.core.aqi;

import io.cleanair.core.pollutant.UnitConversion;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The US EPA AQI (EPA-454/B-24-002; docs/standards.md §3): truncate, interpolate, round
 * half up. For an HOURLY report PM X_1H carries the NowCast concentration
 * ({@link NowCast}); for a DAILY report the 24-hour means. Every pollutant present gives
 * a sub-index; the AQI is their maximum and is NA only when none is present.
 */
public final class UsEpaAqi implements AqiStandard {

	private static final BigDecimal O3_1H_IGNORED_BELOW = UsEpaTables.O3_1H.lowestConcentration();

	private static final BigDecimal SO2_24H_ROWS_FROM = UsEpaTables.SO2_24H.lowestConcentration();

	/**
	 * §3.3: 1-hour SO2 ≥ 305 ppb with a 24-hour mean below 305 ppb gives exactly this
	 * index.
	 */
	private static final int SO2_HIGH_ONE_HOUR_INDEX = UsEpaTables.SO2_1H.highestIndex();

	/**
	 * Digits kept after unit conversion, so that round-off (0.0779999…) does not truncate
	 * a step down.
	 */
	private static final int CONVERSION_SCALE = 9;

	private final UsEpaTables tables;

	public UsEpaAqi(UsEpaTables tables) {
		this.tables = tables;
	}

	@Override
	public String id() {
		return tables.id();
	}

	/**
	 * Canonical units (µg/m³; CO mg/m³) in, converted to US units at 25 °C before
	 * truncation.
	 */
	@Override
	public AqiResult assess(ReportPeriod period, IndicatorValues values) {
		IndicatorValues.Builder us = IndicatorValues.builder();
		values.values()
			.forEach((i, v) -> us.put(i,
					UnitConversion.fromCanonical(i.pollutant(), v, UsEpaTables.usUnit(i.pollutant()))
						.setScale(Math.max(CONVERSION_SCALE, v.scale()), RoundingMode.HALF_EVEN)));
		return assessInUsUnits(period, us.build());
	}

	/** Values already in US units: O3 and CO ppm, SO2 and NO2 ppb, PM µg/m³. */
	public AqiResult assessInUsUnits(ReportPeriod period, IndicatorValues values) {
		SubIndices s = new SubIndices();
		Indicator pm25 = period == ReportPeriod.HOUR ? Indicator.PM2_5_1H : Indicator.PM2_5_24H;
		Indicator pm10 = period == ReportPeriod.HOUR ? Indicator.PM10_1H : Indicator.PM10_24H;
		ordinary(pm25, tables.pm25(), values, s);
		ordinary(pm10, tables.pm10(), values, s);
		ordinary(Indicator.CO_8H, tables.coEightHour(), values, s);
		ordinary(Indicator.NO2_1H, tables.no2OneHour(), values, s);
		ozone(values, s);
		sulphurDioxide(values, s);
		Set<Indicator> used = EnumSet.of(pm25, pm10, Indicator.CO_8H, Indicator.NO2_1H, Indicator.O3_8H,
				Indicator.O3_1H, Indicator.SO2_1H, Indicator.SO2_24H);
		s.ignoreUnused(values, used, id(), period);
		Integer aqi = s.max().isPresent() ? s.max().getAsInt() : null;
		return new AqiResult(id(), period, aqi, aqi == null ? null : UsCategory.of(aqi), s.iaqi, s.concentrations,
				aqi == null ? List.of() : s.pollutantsAt(aqi), List.of(), s.missing.isEmpty(), s.missing, s.beyondIndex,
				aqi == null ? "no indicator present" : null, s.notes);
	}

	private void ordinary(Indicator indicator, BreakpointTable table, IndicatorValues values, SubIndices s) {
		truncated(indicator, values, s).ifPresentOrElse(c -> s.iaqi.put(indicator, index(indicator, table, c, s)),
				() -> s.missing.add(indicator));
	}

	/**
	 * §3.3: the 8-hour value is required; 1-hour values below 0.125 ppm are ignored; ≥
	 * 301 comes from 1-hour.
	 */
	private void ozone(IndicatorValues values, SubIndices s) {
		Optional<BigDecimal> eight = truncated(Indicator.O3_8H, values, s);
		if (eight.isEmpty()) {
			s.missing.add(Indicator.O3_8H);
		}
		else if (tables.o3EightHour().isAboveTop(eight.get())) {
			s.iaqi.put(Indicator.O3_8H, tables.o3EightHour().highestIndex());
			s.beyondIndex.add(Indicator.O3_8H);
			s.notes.add("O3_8H above " + tables.o3EightHour().highestConcentration()
					+ " ppm: capped at the top of the 8-hour table; AQI ≥ 301 needs the 1-hour value");
		}
		else {
			s.iaqi.put(Indicator.O3_8H, index(Indicator.O3_8H, tables.o3EightHour(), eight.get(), s));
		}
		truncated(Indicator.O3_1H, values, s).ifPresent(c -> {
			if (c.compareTo(O3_1H_IGNORED_BELOW) < 0) {
				s.notes.add("O3_1H " + c + " ppm below " + O3_1H_IGNORED_BELOW + " ppm: ignored");
			}
			else {
				s.iaqi.put(Indicator.O3_1H, index(Indicator.O3_1H, tables.o3OneHour(), c, s));
			}
		});
	}

	/**
	 * §3.3: 1-hour rows below 305 ppb; 24-hour rows when the 24-hour mean is ≥ 305; else
	 * exactly 200.
	 */
	private void sulphurDioxide(IndicatorValues values, SubIndices s) {
		Optional<BigDecimal> one = truncated(Indicator.SO2_1H, values, s);
		Optional<BigDecimal> day = truncated(Indicator.SO2_24H, values, s);
		if (day.isPresent() && day.get().compareTo(SO2_24H_ROWS_FROM) >= 0) {
			s.iaqi.put(Indicator.SO2_24H, index(Indicator.SO2_24H, tables.so2TwentyFourHour(), day.get(), s));
		}
		else if (one.isEmpty()) {
			s.missing.add(Indicator.SO2_1H);
		}
		else if (one.get().compareTo(SO2_24H_ROWS_FROM) < 0) {
			s.iaqi.put(Indicator.SO2_1H, index(Indicator.SO2_1H, tables.so2OneHour(), one.get(), s));
		}
		else {
			s.iaqi.put(Indicator.SO2_1H, SO2_HIGH_ONE_HOUR_INDEX);
			s.notes.add("SO2_1H " + one.get() + " ppb ≥ " + SO2_24H_ROWS_FROM + " with the 24-hour mean below "
					+ "(or missing): index " + SO2_HIGH_ONE_HOUR_INDEX);
		}
	}

	private int index(Indicator indicator, BreakpointTable table, BigDecimal c, SubIndices s) {
		if (!table.isAboveTop(c)) {
			return halfUp(table.interpolate(c)
				.orElseThrow(() -> new IllegalArgumentException(indicator + ": " + c + " is below the table")));
		}
		s.beyondIndex.add(indicator);
		if (tables.extrapolateAboveTop()) {
			s.notes.add(indicator + " " + c + " above the last breakpoint: top segment extrapolated");
			return halfUp(table.extrapolate(c));
		}
		s.notes.add(indicator + " " + c + " above the last breakpoint: capped at " + table.highestIndex() + "");
		return table.highestIndex();
	}

	private static Optional<BigDecimal> truncated(Indicator i, IndicatorValues values, SubIndices s) {
		return values.get(i).map(v -> {
			if (v.signum() < 0) {
				throw new IllegalArgumentException(i + ": negative concentration " + v);
			}
			BigDecimal c = v.setScale(UsEpaTables.truncationDecimals(i.pollutant()), RoundingMode.DOWN);
			s.concentrations.put(i, c);
			return c;
		});
	}

	/** §3.2 step 3: round half up to an integer. */
	static int halfUp(BigDecimal exact) {
		return exact.setScale(0, RoundingMode.HALF_UP).intValueExact();
	}

}
