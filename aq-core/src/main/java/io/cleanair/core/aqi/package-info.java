/**
 * Air-quality indices behind one interface, {@link io.cleanair.core.aqi.AqiStandard};
 * rule sets by id in {@link io.cleanair.core.aqi.AqiStandards}: {@code hj633-2012},
 * {@code hj633-2026}, {@code hj633} (edition by the day assessed, from 2026-03-01 the
 * 2026 one), {@code epa-2024}, {@code epa-2012}. Every
 * {@link io.cleanair.core.aqi.AqiResult} names the concrete rule set that produced it.
 *
 * <p>
 * Inputs are canonical (µg/m³, CO mg/m³) and unrounded: China rounds them by GB/T 8170
 * and rounds IAQI up; the US converts to ppm/ppb at 25 °C, truncates, and rounds half up.
 * Interpolation is exact (BigDecimal).
 *
 * <p>
 * Unconfirmed choices (docs/standards.md, marked "default"), each configurable or flagged
 * in the result:
 * <ul>
 * <li>China above the last breakpoint: IAQI capped at 500, indicator listed in
 * {@code beyondIndex}.</li>
 * <li>HJ 633-2012 real time, SO2 1-hour &gt; 800: the 24-hour value is the SO2 24-hour
 * moving mean given as {@code SO2_24H}.</li>
 * <li>HJ 633-2012 missing indicators: marked NA, AQI from those present, result flagged
 * incomplete ({@link io.cleanair.core.aqi.MissingDataPolicy}; a strict policy is
 * available).</li>
 * <li>GB/T 8170 rounding applied to 2012-era data too.</li>
 * <li>{@code epa-2012}: only PM2.5 uses the pre-2024 table; indices above 500 are capped,
 * not extrapolated.</li>
 * <li>US O3 8-hour above 0.200 ppm: capped at 300 and flagged; the 1-hour value gives AQI
 * ≥ 301.</li>
 * <li>US SO2 1-hour ≥ 305 ppb with the 24-hour mean missing: 200, as with a low 24-hour
 * mean.</li>
 * <li>NowCast with c_max ≤ 0: weight 1.</li>
 * </ul>
 * Exceeding pollutants (IAQI &gt; 100) exist only in HJ 633-2012; HJ 633-2026 deleted the
 * notion, so its results and the US ones always carry an empty list. US results name the
 * primary pollutant at every level.
 */
package io.cleanair.core.aqi;
