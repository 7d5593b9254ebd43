package io.cleanair.portal.api;

import java.time.YearMonth;

/**
 * {@code ?month=yyyy-MM} of the rankings; absent: this month. 2000-01 up to this month
 * (checked against the view).
 */
record RankingsQuery(YearMonth month) {
}
