package io.cleanair.analytics.report;

import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.cleanair.analytics.AnalyticsIntegrationTest;
import io.cleanair.analytics.Readings;
import io.cleanair.analytics.ReadingsFlowTest;
import io.cleanair.core.event.ReadingReceived;
import io.cleanair.core.pollutant.Pollutant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code GET /api/v1/rankings} keeps its answer while the district days are unchanged,
 * and after a correction changes a district day it answers what the engine computes from
 * the stored days again, not the answer it kept.
 */
@AnalyticsIntegrationTest(ownContext = true)
class RankingCacheIT extends ReadingsFlowTest {

	static final LocalDate FROM = LocalDate.of(2025, 1, 1);

	static final LocalDate TO = LocalDate.of(2025, 12, 31);

	static final LocalDate DAY = LocalDate.of(2025, 6, 10);

	@Autowired
	Periods periods;

	@Test
	void aCorrectedDayChangesTheServedRankingToTheComputedOne() {
		List<ReadingReceived> readings = new ArrayList<>();
		readings.addAll(Readings.day("kc1", "k1", DAY, 20, 24));
		readings.addAll(Readings.day("kc2", "k2", DAY, 60, 24));
		readings.addAll(Readings.day("kc3", "k3", DAY, 100, 24));
		send(readings);
		await().atMost(Duration.ofSeconds(90)).until(() -> districtDays() == 3);

		List<Map<String, Object>> before = ranking();
		assertThat(order(before)).containsExactly("k1", "k2", "k3");
		assertThat(ranking()).isEqualTo(before);
		assertThat(asServed(before)).isEqualTo(asComputed(periods.ranking(FROM, TO)));

		// k1's PM2.5 corrected from 20 to 180 for the whole day: k1 becomes the worst.
		List<ReadingReceived> corrections = new ArrayList<>();
		for (int h = 0; h < 24; h++) {
			corrections.add(Readings.at("kc1", "k1", Readings.hour(DAY, h), Pollutant.PM2_5, 180, 1));
		}
		send(corrections);
		await().atMost(Duration.ofSeconds(90))
			.until(() -> jdbc.sql("SELECT pm2_5_24h FROM daily_result WHERE scope = 'DISTRICT' AND scope_id = 'k1'")
				.query(Double.class)
				.single() > 100);

		List<Map<String, Object>> after = ranking();
		assertThat(order(after)).containsExactly("k2", "k3", "k1");
		assertThat(asServed(after)).isEqualTo(asComputed(periods.ranking(FROM, TO)));
	}

	private void send(List<ReadingReceived> readings) {
		readings.forEach(r -> kafka.send(readingsTopic, r.stationId(), r));
		kafka.flush();
	}

	private int districtDays() {
		return jdbc.sql("SELECT count(*) FROM daily_result WHERE scope = 'DISTRICT' AND day = ?")
			.param(Date.valueOf(DAY))
			.query(Integer.class)
			.single();
	}

	private List<Map<String, Object>> ranking() {
		Map<String, Object> body = web.get()
			.uri("/api/v1/rankings?year=2025")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> districts = (List<Map<String, Object>>) body.get("districts");
		return districts;
	}

	private static List<Object> order(List<Map<String, Object>> ranking) {
		return ranking.stream().map(r -> r.get("districtId")).toList();
	}

	/**
	 * District, composite index, its rank, good-day rate and bottom-three mark of each
	 * row.
	 */
	private static List<List<Object>> asServed(List<Map<String, Object>> ranking) {
		return ranking.stream()
			.map(r -> List.<Object>of(r.get("districtId"), ((Number) r.get("compositeIndex")).doubleValue(),
					r.get("rankByCompositeIndex"), ((Number) r.get("goodDayRate")).doubleValue(), r.get("bottomThree")))
			.toList();
	}

	private static List<List<Object>> asComputed(List<Periods.RankedDistrict> ranking) {
		return ranking.stream()
			.map(r -> List.<Object>of(r.districtId(), r.compositeIndex().orElseThrow().doubleValue(),
					r.rankByCompositeIndex(), r.goodDayRate().orElseThrow().doubleValue(), r.bottomThree()))
			.toList();
	}

}
