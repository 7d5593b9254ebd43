package io.cleanair.bench.load;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.cleanair.bench.stack.BenchReading;

/**
 * Which readings each batch carries. Stations are split into lanes, one per request in
 * flight; a lane posts its stations' hours in order, one batch after the other, so each
 * station's readings reach Kafka (keyed by station) in time order and its last reading
 * being queryable means all of them are stored. Values are deterministic and moderate (no
 * alert fires on them).
 */
public final class LoadPlan {

	public static final List<String> POLLUTANTS = List.of("PM2_5", "PM10", "SO2", "NO2", "CO", "O3");

	private static final double[] BASE = { 35, 70, 8, 30, 0.8, 60 };

	private final List<List<String>> lanes;

	private final int hoursPerBatch;

	private final Instant firstHour;

	private final String districtId;

	/**
	 * @param stations the stations' ids
	 * @param lanes requests in flight
	 * @param batchSize readings a request carries at most (at least one hour of a lane's
	 * stations)
	 * @param firstHour the first hour posted
	 * @param districtId the stations' district
	 */
	public LoadPlan(List<String> stations, int lanes, int batchSize, Instant firstHour, String districtId) {
		int laneCount = Math.max(1, Math.min(lanes, stations.size()));
		this.lanes = new ArrayList<>();
		for (int l = 0; l < laneCount; l++) {
			this.lanes.add(new ArrayList<>());
		}
		for (int s = 0; s < stations.size(); s++) {
			this.lanes.get(s % laneCount).add(stations.get(s));
		}
		int widest = this.lanes.get(0).size() * POLLUTANTS.size();
		this.hoursPerBatch = Math.max(1, batchSize / widest);
		this.firstHour = firstHour;
		this.districtId = districtId;
	}

	public int lanes() {
		return lanes.size();
	}

	public List<String> stations(int lane) {
		return lanes.get(lane);
	}

	public int hoursPerBatch() {
		return hoursPerBatch;
	}

	/**
	 * Batch {@code index} of a lane: hours [index * hoursPerBatch, (index + 1) *
	 * hoursPerBatch) of each station.
	 */
	public List<BenchReading> batch(int lane, int index) {
		List<BenchReading> readings = new ArrayList<>(hoursPerBatch * lanes.get(lane).size() * POLLUTANTS.size());
		for (int h = index * hoursPerBatch; h < (index + 1) * hoursPerBatch; h++) {
			Instant time = hour(h);
			for (String station : lanes.get(lane)) {
				for (int p = 0; p < POLLUTANTS.size(); p++) {
					readings.add(new BenchReading(station, districtId, time, POLLUTANTS.get(p), value(station, h, p)));
				}
			}
		}
		return readings;
	}

	/**
	 * The hour of the last reading of a lane's stations once {@code batches} batches were
	 * sent.
	 */
	public Instant lastHour(int batches) {
		return hour(batches * hoursPerBatch - 1);
	}

	/** Batches a lane can send before its hours would reach {@code notAfter}. */
	public int batchesBefore(Instant notAfter) {
		long hours = Duration.between(firstHour, notAfter).toHours();
		return (int) Math.max(0, hours / hoursPerBatch);
	}

	private Instant hour(int h) {
		return firstHour.plus(Duration.ofHours(h));
	}

	/**
	 * Within ±50 % of a typical value, rounded to one decimal; the same for the same
	 * station, hour and pollutant.
	 */
	public static double value(String station, int hour, int pollutant) {
		long mix = (station.hashCode() * 0x9E3779B97F4A7C15L) ^ (hour * 0xC2B2AE3D27D4EB4FL)
				^ (pollutant * 0x165667B1L);
		mix ^= mix >>> 29;
		double unit = (mix >>> 11) * 0x1.0p-53;
		return Math.round(BASE[pollutant] * (0.5 + unit) * 10) / 10.0;
	}

}
