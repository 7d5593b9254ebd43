package io.cleanair.cli.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.cleanair.core.pollutant.Pollutant;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The simulated year has the shape the dashboards and alert rules are meant to show. */
class ReadingGeneratorTests {

	static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
	static final List<SimulatedStation> STATIONS = Stations.generated(6, 3, 7);

	/**
	 * A year of clean readings, keyed by local time, per pollutant: the mean over the
	 * stations.
	 */
	static final Map<Pollutant, Map<ZonedDateTime, Double>> YEAR = new HashMap<>();

	@BeforeAll
	static void simulateAYear() {
		ReadingGenerator generator = new ReadingGenerator(STATIONS, BEIJING, 0, 7);
		Instant start = LocalDate.of(2025, 1, 1).atStartOfDay(BEIJING).toInstant();
		for (int h = 0; h < 365 * 24; h++) {
			Instant hour = start.plusSeconds(3600L * h);
			Map<String, Double> sums = new HashMap<>();
			for (SimulatedReading r : generator.readingsFor(hour)) {
				sums.merge(r.pollutant(), Double.parseDouble(r.value()) / STATIONS.size(), Double::sum);
			}
			sums.forEach((p, mean) -> YEAR.computeIfAbsent(Pollutant.valueOf(p), k -> new HashMap<>())
				.put(hour.atZone(BEIJING), mean));
		}
	}

	static double mean(Pollutant pollutant, java.util.function.Predicate<ZonedDateTime> when) {
		return YEAR.get(pollutant)
			.entrySet()
			.stream()
			.filter(e -> when.test(e.getKey()))
			.mapToDouble(Map.Entry::getValue)
			.average()
			.orElseThrow();
	}

	static boolean winter(ZonedDateTime t) {
		return Set.of(Month.DECEMBER, Month.JANUARY, Month.FEBRUARY).contains(t.getMonth());
	}

	static boolean summer(ZonedDateTime t) {
		return Set.of(Month.JUNE, Month.JULY, Month.AUGUST).contains(t.getMonth());
	}

	@Test
	void winterParticlesAreWellAboveSummerOnes() {
		assertThat(mean(Pollutant.PM2_5, ReadingGeneratorTests::winter))
			.isGreaterThan(2 * mean(Pollutant.PM2_5, ReadingGeneratorTests::summer));
		assertThat(mean(Pollutant.SO2, ReadingGeneratorTests::winter))
			.isGreaterThan(mean(Pollutant.SO2, ReadingGeneratorTests::summer));
		assertThat(mean(Pollutant.CO, ReadingGeneratorTests::winter))
			.isGreaterThan(mean(Pollutant.CO, ReadingGeneratorTests::summer));
	}

	@Test
	void ozoneIsASummerPollutant() {
		assertThat(mean(Pollutant.O3, ReadingGeneratorTests::summer))
			.isGreaterThan(2 * mean(Pollutant.O3, ReadingGeneratorTests::winter));
	}

	@Test
	void annualMeanOfPm25IsThatOfABigNorthernCity() {
		assertThat(mean(Pollutant.PM2_5, t -> true)).isBetween(30.0, 80.0);
	}

	@Test
	void particlesPeakInTheEveningAndOzoneInTheAfternoon() {
		assertThat(mean(Pollutant.PM2_5, t -> t.getHour() == 22))
			.isGreaterThan(1.2 * mean(Pollutant.PM2_5, t -> t.getHour() == 12));
		assertThat(mean(Pollutant.O3, t -> t.getHour() == 15))
			.isGreaterThan(2 * mean(Pollutant.O3, t -> t.getHour() == 5));
	}

	@Test
	void winterEpisodesBuildUpOverDaysAndMostlyDoubleTheLevel() {
		Episodes episodes = new ReadingGenerator(STATIONS, BEIJING, 0, 7).model().episodes();
		List<LocalDate> winterStarts = LocalDate.of(2025, 1, 1)
			.datesUntil(LocalDate.of(2025, 2, 20))
			.filter(episodes::startsOn)
			.toList();
		List<LocalDate> summerStarts = LocalDate.of(2025, 6, 1)
			.datesUntil(LocalDate.of(2025, 8, 31))
			.filter(episodes::startsOn)
			.toList();
		assertThat(winterStarts).hasSizeGreaterThanOrEqualTo(3);
		assertThat(summerStarts.size()).isLessThan(winterStarts.size());

		long doubled = winterStarts.stream().filter(start -> {
			LocalDate lastDay = start.plusDays(episodes.lengthInDays(start) - 1);
			return dailyMean(lastDay) > 1.5 * dailyMean(start.minusDays(1));
		}).count();
		assertThat(doubled).isGreaterThanOrEqualTo(Math.round(0.7 * winterStarts.size()));
	}

	static double dailyMean(LocalDate day) {
		return mean(Pollutant.PM2_5, t -> t.toLocalDate().equals(day));
	}

	@Test
	void sameSeedSameReadingsOtherSeedOtherReadings() {
		Instant hour = Instant.parse("2025-12-01T00:00:00Z");
		assertThat(new ReadingGenerator(STATIONS, BEIJING, 0.01, 3).readingsFor(hour))
			.isEqualTo(new ReadingGenerator(STATIONS, BEIJING, 0.01, 3).readingsFor(hour))
			.isNotEqualTo(new ReadingGenerator(STATIONS, BEIJING, 0.01, 4).readingsFor(hour));
	}

	@Test
	void everyStationSendsSixPollutantsInCanonicalUnitsWithTheLocalOffset() {
		List<SimulatedReading> readings = new ReadingGenerator(STATIONS, BEIJING, 0, 1)
			.readingsFor(Instant.parse("2025-03-01T00:00:00Z"));
		assertThat(readings).hasSize(STATIONS.size() * 6)
			.allSatisfy(r -> assertThat(r.time()).isEqualTo("2025-03-01T08:00:00+08:00"))
			.allSatisfy(r -> assertThat(new BigDecimal(r.value())).isPositive());
		assertThat(readings).filteredOn(r -> r.pollutant().equals("CO")).allSatisfy(r -> {
			assertThat(r.unit()).isEqualTo("mg/m3");
			assertThat(new BigDecimal(r.value()).scale()).isEqualTo(1);
		});
		assertThat(readings).filteredOn(r -> !r.pollutant().equals("CO"))
			.allSatisfy(r -> assertThat(r.unit()).isEqualTo("ug/m3"));
	}

	@Test
	void badDataIsRareAndOfEveryKind() {
		ReadingGenerator generator = new ReadingGenerator(STATIONS, BEIJING, 0.02, 11);
		Instant start = Instant.parse("2025-01-01T00:00:00Z");
		Map<String, Long> kinds = java.util.stream.IntStream.range(0, 90 * 24)
			.mapToObj(h -> generator.readingsFor(start.plusSeconds(3600L * h)))
			.flatMap(List::stream)
			.collect(Collectors.groupingBy(ReadingGeneratorTests::kind, Collectors.counting()));
		long total = kinds.values().stream().mapToLong(Long::longValue).sum();
		assertThat(total).isEqualTo(90 * 24 * STATIONS.size() * 6L);
		assertThat((double) (total - kinds.get("good")) / total).isCloseTo(0.02, within(0.003));
		assertThat(kinds).containsKeys("negative", "not a number", "unknown pollutant");
	}

	static String kind(SimulatedReading r) {
		if (r.pollutant().equals(ReadingGenerator.UNKNOWN_POLLUTANT)) {
			return "unknown pollutant";
		}
		if (r.value().equals(ReadingGenerator.NOT_A_NUMBER)) {
			return "not a number";
		}
		return r.value().startsWith("-") ? "negative" : "good";
	}

}
