package io.cleanair.cli.simulate;

import io.cleanair.core.pollutant.Pollutant;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The readings all stations send for one hour: six pollutants each, rounded as monitors
 * report them, with a small share of the bad data real feeds carry (negative values, text
 * where a number belongs, pollutants the platform does not know).
 */
public final class ReadingGenerator {

	/** The kinds of bad reading, each as likely as the others. */
	enum BadData {

		NEGATIVE, NOT_A_NUMBER, UNKNOWN_POLLUTANT

	}

	static final String UNKNOWN_POLLUTANT = "PM1";
	static final String NOT_A_NUMBER = "n/a";

	private final List<SimulatedStation> stations;

	private final ZoneId zone;

	private final double badDataRate;

	private final long seed;

	private final PollutionModel model;

	/**
	 * @param zone the stations' local time: the diurnal cycle and the offset of the times
	 * they send
	 * @param badDataRate share of readings sent bad, 0 to 1
	 */
	public ReadingGenerator(List<SimulatedStation> stations, ZoneId zone, double badDataRate, long seed) {
		if (badDataRate < 0 || badDataRate > 1) {
			throw new IllegalArgumentException("bad-data rate must be between 0 and 1, not " + badDataRate);
		}
		this.stations = List.copyOf(stations);
		this.zone = zone;
		this.badDataRate = badDataRate;
		this.seed = seed;
		this.model = new PollutionModel(seed);
	}

	/** Every station's readings for the hour starting at {@code hourStart}. */
	public List<SimulatedReading> readingsFor(Instant hourStart) {
		ZonedDateTime local = hourStart.atZone(zone);
		String time = local.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
		List<SimulatedReading> readings = new ArrayList<>(stations.size() * Pollutant.values().length);
		for (SimulatedStation station : stations) {
			for (Pollutant pollutant : Pollutant.values()) {
				readings.add(reading(station, pollutant, local.toLocalDateTime(), time));
			}
		}
		return readings;
	}

	public List<SimulatedStation> stations() {
		return stations;
	}

	private SimulatedReading reading(SimulatedStation station, Pollutant pollutant, LocalDateTime hour, String time) {
		BigDecimal value = reported(pollutant, model.concentration(station, pollutant, hour));
		String unit = pollutant == Pollutant.CO ? "mg/m3" : "ug/m3";
		long key = Noise.key(station.id());
		long epochHour = hour.toLocalDate().toEpochDay() * 24 + hour.getHour();
		if (Noise.uniform(seed, 0xBADL, key, epochHour, pollutant.ordinal()) >= badDataRate) {
			return new SimulatedReading(station.id(), time, pollutant.name(), value.toPlainString(), unit);
		}
		BadData kind = BadData.values()[(int) (Noise.uniform(seed, 0xBADBL, key, epochHour, pollutant.ordinal())
				* BadData.values().length)];
		return switch (kind) {
			case NEGATIVE ->
				new SimulatedReading(station.id(), time, pollutant.name(), value.negate().toPlainString(), unit);
			case NOT_A_NUMBER -> new SimulatedReading(station.id(), time, pollutant.name(), NOT_A_NUMBER, unit);
			case UNKNOWN_POLLUTANT ->
				new SimulatedReading(station.id(), time, UNKNOWN_POLLUTANT, value.toPlainString(), unit);
		};
	}

	/** Whole µg/m³, CO to 0.1 mg/m³, never below the smallest reportable value. */
	static BigDecimal reported(Pollutant pollutant, double concentration) {
		int scale = pollutant == Pollutant.CO ? 1 : 0;
		BigDecimal smallest = BigDecimal.ONE.movePointLeft(scale);
		BigDecimal value = BigDecimal.valueOf(concentration).setScale(scale, RoundingMode.HALF_EVEN);
		return value.max(smallest);
	}

	PollutionModel model() {
		return model;
	}

}
