package io.cleanair.analytics.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.cleanair.analytics.daily.DailyResultRepository;
import org.springframework.stereotype.Service;

/**
 * The rankings of {@link Periods#ranking}, kept while the district days they read are
 * unchanged: an answer is kept with the district-day counters of its years (the period's
 * and the year before, for the change) and served again while they are the same; any new
 * or changed district day of those years, stored by any instance, raises a counter, and
 * the next request computes the ranking again. The counters are read before the ranking
 * is computed, so an answer is never kept with counters newer than its data.
 */
@Service
class RankingCache {

	private final Periods periods;

	private final DailyResultRepository results;

	private final Cache<Period, Kept> kept = Caffeine.newBuilder().maximumSize(1_000).build();

	RankingCache(Periods periods, DailyResultRepository results) {
		this.periods = periods;
		this.results = results;
	}

	List<Periods.RankedDistrict> ranking(LocalDate from, LocalDate to) {
		Period period = new Period(from, to);
		Map<Integer, Long> versions = results.districtDayVersions(from.minusYears(1).getYear(), to.getYear());
		Kept k = kept.getIfPresent(period);
		if (k != null && k.versions().equals(versions)) {
			return k.ranking();
		}
		List<Periods.RankedDistrict> ranking = List.copyOf(periods.ranking(from, to));
		kept.put(period, new Kept(versions, ranking));
		return ranking;
	}

	private record Period(LocalDate from, LocalDate to) {
	}

	private record Kept(Map<Integer, Long> versions, List<Periods.RankedDistrict> ranking) {
	}

}
