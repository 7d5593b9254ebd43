package io.cleanair.core.accountability;

import java.time.YearMonth;

/**
 * A district's place in one month's ranking by composite index.
 *
 * @param rank 1 = cleanest; 0 when the district had no composite index that month
 * @param bottomThree among the three worst by composite index
 */
public record MonthStanding(String districtId, YearMonth month, int rank, boolean bottomThree) {
}
