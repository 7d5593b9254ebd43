package io.cleanair.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.cleanair.bench.stack.BenchReading;

import org.junit.jupiter.api.Test;

class LoadPlanTests {

	static final Instant FIRST = Instant.parse("2025-01-01T00:00:00Z");

	final LoadPlan plan = new LoadPlan(List.of("a", "b", "c", "d", "e"), 2, 100, FIRST, "d-1");

	@Test
	void stationsAreDealtRoundRobinToLanes() {
		assertThat(plan.lanes()).isEqualTo(2);
		assertThat(plan.stations(0)).containsExactly("a", "c", "e");
		assertThat(plan.stations(1)).containsExactly("b", "d");
	}

	@Test
	void aBatchHoldsWholeHoursOfEveryStationOfItsLaneWithinTheBatchSize() {
		// the widest lane has 3 stations x 6 pollutants = 18 readings an hour: 5 hours
		// fit in 100
		assertThat(plan.hoursPerBatch()).isEqualTo(5);
		List<BenchReading> batch = plan.batch(0, 1);
		assertThat(batch).hasSize(5 * 3 * 6);
		assertThat(batch.get(0).time()).isEqualTo(FIRST.plus(Duration.ofHours(5)));
		assertThat(batch.get(batch.size() - 1).time()).isEqualTo(FIRST.plus(Duration.ofHours(9)));
		assertThat(batch.get(batch.size() - 1).pollutant()).isEqualTo("O3");
		assertThat(plan.lastHour(2)).isEqualTo(FIRST.plus(Duration.ofHours(9)));
	}

	@Test
	void noTwoReadingsShareStationPollutantAndHour() {
		Set<String> keys = new HashSet<>();
		for (int lane = 0; lane < plan.lanes(); lane++) {
			for (int b = 0; b < 3; b++) {
				for (BenchReading r : plan.batch(lane, b)) {
					assertThat(keys.add(r.stationId() + r.pollutant() + r.time())).isTrue();
				}
			}
		}
	}

	@Test
	void valuesAreRepeatableAndWithinHalfToOneAndAHalfOfTheTypicalValue() {
		for (int h = 0; h < 500; h++) {
			double pm25 = LoadPlan.value("a", h, 0);
			assertThat(pm25).isEqualTo(LoadPlan.value("a", h, 0)).isBetween(17.5, 52.5);
		}
	}

	@Test
	void batchesStopBeforeTheLimitHour() {
		assertThat(plan.batchesBefore(FIRST.plus(Duration.ofHours(12)))).isEqualTo(2);
	}

}
