package io.cleanair.cli.simulate;

import io.cleanair.core.pollutant.Pollutant;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Map;

/**
 * Hourly concentrations with the shape of a northern Chinese city: heating-season highs
 * for particles, SO2 and CO, summer afternoon highs for ozone, evening peaks from traffic
 * and a shallow night-time boundary layer, multi-day winter episodes, and day-to-day
 * weather. Deterministic for a seed.
 */
final class PollutionModel {

	/**
	 * @param base typical level in the canonical unit (µg/m³, CO mg/m³)
	 * @param seasonal relative amplitude over the year, positive when winter is worse
	 * @param diurnal relative amplitude over the day
	 * @param peakHour local hour of the daily peak
	 * @param episode exponent of the episode factor (how strongly stagnant air builds it
	 * up)
	 */
	record Shape(double base, double seasonal, double diurnal, int peakHour, double episode) {
	}

	static final Map<Pollutant, Shape> SHAPES = new EnumMap<>(Map.of(Pollutant.PM2_5,
			new Shape(38, 0.45, 0.20, 22, 1.0), Pollutant.PM10, new Shape(70, 0.35, 0.20, 21, 0.8), Pollutant.SO2,
			new Shape(8, 0.70, 0.20, 10, 0.5), Pollutant.NO2, new Shape(35, 0.30, 0.30, 21, 0.5), Pollutant.CO,
			new Shape(0.8, 0.50, 0.25, 22, 0.7), Pollutant.O3, new Shape(60, -0.60, 0.60, 15, -0.3)));

	private static final double WEATHER_SIGMA = 0.25;

	private static final double HOURLY_SIGMA = 0.12;

	private final long seed;

	private final Episodes episodes;

	PollutionModel(long seed) {
		this.seed = seed;
		this.episodes = new Episodes(seed);
	}

	/**
	 * The concentration at a station for the local hour starting at {@code hour},
	 * canonical unit.
	 */
	double concentration(SimulatedStation station, Pollutant pollutant, LocalDateTime hour) {
		Shape shape = SHAPES.get(pollutant);
		double season = 1 + shape.seasonal() * Seasons.winterness(hour.toLocalDate());
		double day = 1 + shape.diurnal() * Math.cos(2 * Math.PI * (hour.getHour() - shape.peakHour()) / 24);
		double episode = Math.pow(episodes.factor(hour), shape.episode());
		long epochDay = hour.toLocalDate().toEpochDay();
		long epochHour = epochDay * 24 + hour.getHour();
		double weather = Math.exp(WEATHER_SIGMA * Noise.gaussian(seed, 0x3EA7L, epochDay, pollutant.ordinal()));
		double local = Math
			.exp(HOURLY_SIGMA * Noise.gaussian(seed, Noise.key(station.id()), epochHour, pollutant.ordinal()));
		return shape.base() * season * day * episode * weather * local * siteFactor(station);
	}

	/** Busier districts and kerbside stations read higher: 0.8 to 1.25. */
	double siteFactor(SimulatedStation station) {
		double district = 0.85 + 0.3 * Noise.uniform(seed, Noise.key(station.districtId()));
		double site = 0.95 + 0.1 * Noise.uniform(seed, Noise.key(station.id()), 0x517EL);
		return district * site;
	}

	Episodes episodes() {
		return episodes;
	}

}
