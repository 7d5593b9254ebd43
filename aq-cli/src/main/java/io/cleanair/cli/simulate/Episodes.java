package io.cleanair.cli.simulate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * City-wide pollution episodes: stagnant air lets pollution build up over two to five
 * days, then a cold front clears it within hours. They start far more often in winter,
 * which gives the rebounds after clean spells that the bureau watches for.
 */
final class Episodes {

	static final int MAX_DAYS = 5;

	private static final double SUMMER_START_CHANCE = 0.02;

	private static final double WINTER_EXTRA_CHANCE = 0.12;

	private final long seed;

	Episodes(long seed) {
		this.seed = seed;
	}

	/** 1 outside episodes; up to about 5 at the peak of a strong one. */
	double factor(LocalDateTime hour) {
		double factor = 1;
		LocalDate day = hour.toLocalDate();
		for (int back = 0; back < MAX_DAYS; back++) {
			LocalDate start = day.minusDays(back);
			if (startsOn(start)) {
				factor = Math.max(factor, intensity(start, hour));
			}
		}
		return factor;
	}

	/** Whether an episode starts on this day (its first hour is at noon). */
	boolean startsOn(LocalDate day) {
		double chance = SUMMER_START_CHANCE + WINTER_EXTRA_CHANCE * Math.max(0, Seasons.winterness(day));
		return Noise.uniform(seed, 0xE915L, day.toEpochDay()) < chance;
	}

	/** How many whole days the episode starting on this day lasts, 2 to 5. */
	int lengthInDays(LocalDate start) {
		return 2 + (int) (Noise.uniform(seed, 0x1E46L, start.toEpochDay()) * (MAX_DAYS - 1));
	}

	private double intensity(LocalDate start, LocalDateTime hour) {
		double hours = ChronoUnit.HOURS.between(start.atTime(12, 0), hour);
		double length = lengthInDays(start) * 24.0;
		if (hours < 0 || hours >= length) {
			return 1;
		}
		double peak = 2.5 + 2.5 * Noise.uniform(seed, 0x9EA4L, start.toEpochDay());
		return 1 + (peak - 1) * (hours / length);
	}

}
