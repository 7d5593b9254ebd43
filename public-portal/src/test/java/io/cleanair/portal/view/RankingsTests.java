package io.cleanair.portal.view;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.cleanair.core.pollutant.Pollutant;
import io.cleanair.portal.district.DailyRepository.Day;
import io.cleanair.portal.view.PortalView.RankEntry;
import io.cleanair.portal.view.PortalView.Ranking;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RankingsTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 10);

	@Test
	void theCleanerDistrictRanksFirstByTheEnginesCompositeIndex() {
		Ranking r = Rankings.month(YearMonth.of(2026, 11), TODAY, Map.of("clean", days(20), "dirty", days(70)),
				Map.of("clean", "Clean district"));
		assertThat(r.from()).isEqualTo(LocalDate.of(2026, 11, 1));
		assertThat(r.to()).isEqualTo(TODAY);
		assertThat(r.entries()).extracting(RankEntry::districtId).containsExactly("clean", "dirty");
		RankEntry clean = r.entries().get(0);
		assertThat(clean.rank()).isEqualTo(1);
		assertThat(clean.districtName()).isEqualTo("Clean district");
		assertThat(clean.validDays()).isEqualTo(10);
		assertThat(clean.goodDayRate()).isEqualByComparingTo("100.0");
		assertThat(clean.compositeIndex()).isLessThan(r.entries().get(1).compositeIndex());
		assertThat(r.entries().get(1).goodDayRate()).isEqualByComparingTo("0.0");
		assertThat(r.entries().get(1).primaryPollutant()).isEqualTo(Pollutant.PM2_5);
	}

	@Test
	void tiesShareARankAndDistrictsWithoutAnIndexComeLast() {
		List<RankEntry> ranked = Rankings
			.rank(List.of(entry("c", null), entry("b", "3.10"), entry("a", "3.10"), entry("d", "2.50")));
		assertThat(ranked).extracting(RankEntry::districtId).containsExactly("d", "a", "b", "c");
		assertThat(ranked).extracting(RankEntry::rank).containsExactly(1, 2, 2, 0);
	}

	private static RankEntry entry(String id, String index) {
		return new RankEntry(id, id, 0, index == null ? null : new BigDecimal(index), null, null, 0);
	}

	private static List<Day> days(double pm25) {
		List<Day> days = new ArrayList<>();
		for (LocalDate d = LocalDate.of(2026, 11, 1); !d.isAfter(TODAY); d = d.plusDays(1)) {
			days.add(new Day("x", d, null, null, List.of(), true, "hj633-2026", Map.of("PM2_5_24H", pm25, "PM10_24H",
					60.0, "SO2_24H", 6.0, "NO2_24H", 30.0, "CO_24H", 0.7, "O3_8H", 80.0)));
		}
		return days;
	}

}
