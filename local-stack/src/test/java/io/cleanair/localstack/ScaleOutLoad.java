package io.cleanair.localstack;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;

import io.cleanair.core.assessment.DailyAssessor;
import io.cleanair.core.assessment.StationDay;
import io.cleanair.core.assessment.StationDayHours;
import io.cleanair.core.pollutant.Pollutant;

/**
 * The readings the scale-out test posts: twelve stations in six districts, every hour of
 * the last three days and of today so far, all six pollutants; district {@code dongcheng}
 * goes through a pollution episode from the day before yesterday 16:00 to yesterday 22:00
 * (PM2.5 climbing to about 300 µg/m³), enough for heavy-pollution and exceedance signals.
 * Values are whole numbers (CO to 0.1 mg/m³), so the value stored equals the one sent.
 */
final class ScaleOutLoad {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	static final List<String> DISTRICTS = List.of("dongcheng", "xicheng", "chaoyang", "haidian", "fengtai",
			"shijingshan");

	static final String EPISODE_DISTRICT = "dongcheng";

	private final ZonedDateTime first;

	private final ZonedDateTime last;

	private final ZonedDateTime episodeStart;

	private final ZonedDateTime episodeEnd;

	ScaleOutLoad(Instant now) {
		ZonedDateTime today = now.atZone(ZONE).truncatedTo(ChronoUnit.DAYS);
		this.first = today.minusDays(3);
		this.last = now.atZone(ZONE).truncatedTo(ChronoUnit.HOURS).minusHours(1);
		this.episodeStart = today.minusDays(2).withHour(16);
		this.episodeEnd = today.minusDays(1).withHour(22);
	}

	static List<String> stations() {
		List<String> ids = new ArrayList<>();
		for (int i = 1; i <= 2 * DISTRICTS.size(); i++) {
			ids.add("s%02d".formatted(i));
		}
		return ids;
	}

	static String districtOf(String station) {
		return DISTRICTS.get((Integer.parseInt(station.substring(1)) - 1) / 2);
	}

	LocalDate firstDay() {
		return first.toLocalDate();
	}

	LocalDate lastDay() {
		return last.toLocalDate();
	}

	/** One batch per station and hour, oldest hour first. */
	List<Batch> batches() {
		List<Batch> batches = new ArrayList<>();
		for (ZonedDateTime hour = first; !hour.isAfter(last); hour = hour.plusHours(1)) {
			for (String station : stations()) {
				Map<Pollutant, String> values = new LinkedHashMap<>();
				for (Pollutant p : Pollutant.values()) {
					values.put(p, value(station, p, hour));
				}
				batches.add(new Batch(station, hour, values));
			}
		}
		return batches;
	}

	private String value(String station, Pollutant pollutant, ZonedDateTime hour) {
		int n = Integer.parseInt(station.substring(1));
		int h = hour.getHour();
		double wave = Math.sin(Math.PI * h / 12);
		long pm25 = Math.round(28 + 2 * n + 12 * wave + (hour.getDayOfMonth() % 3));
		if (EPISODE_DISTRICT.equals(districtOf(station)) && !hour.isBefore(episodeStart) && !hour.isAfter(episodeEnd)) {
			long k = ChronoUnit.HOURS.between(episodeStart, hour);
			// climbs by a third an hour (no spike), then varies (not stuck)
			pm25 = Math.min(290 + (k % 7) * 3, Math.round(45 * Math.pow(1.33, k + 1)));
		}
		return switch (pollutant) {
			case PM2_5 -> Long.toString(pm25);
			case PM10 -> Long.toString(Math.round(pm25 * 1.5 + 10));
			case SO2 -> Long.toString(6 + n % 4 + h % 3);
			case NO2 -> Long.toString(Math.round(32 + 10 * wave + h % 4));
			case CO -> String.format(Locale.ROOT, "%.1f", 0.5 + 0.1 * (h % 5));
			case O3 -> Long.toString(Math.round(70 - 40 * Math.cos(Math.PI * h / 12) + n));
		};
	}

	/**
	 * The daily AQI of every station-day as the domain computes it from these hours (the
	 * engine analytics runs, without a platform): what one clean run must store.
	 */
	static Map<String, OptionalInt> referenceDailyAqi(List<Batch> batches) {
		Map<String, StationDayHours> days = new TreeMap<>();
		for (Batch b : batches) {
			StationDayHours hours = days.computeIfAbsent(dayKey(b.station(), b.hour().toLocalDate()),
					k -> new StationDayHours());
			b.values().forEach((p, v) -> hours.setByStartHour(p, b.hour().getHour(), Double.parseDouble(v)));
		}
		DailyAssessor assessor = DailyAssessor.inForceOnTheDay();
		Map<String, OptionalInt> aqi = new TreeMap<>();
		days.forEach((key, hours) -> aqi.put(key,
				assessor.assess(StationDay.compute(LocalDate.parse(key.substring(key.indexOf('/') + 1)), hours))
					.aqi()));
		return aqi;
	}

	static String dayKey(String station, LocalDate day) {
		return station + "/" + day;
	}

	/** One request: a station's six pollutants of one hour. */
	record Batch(String station, ZonedDateTime hour, Map<Pollutant, String> values) {

		String json() {
			StringBuilder body = new StringBuilder("{\"readings\":[");
			String sep = "";
			for (Map.Entry<Pollutant, String> v : values.entrySet()) {
				body.append(sep)
					.append("{\"stationId\":\"%s\",\"time\":\"%s\",\"pollutant\":\"%s\",\"value\":\"%s\",\"unit\":\"%s\"}"
						.formatted(station, hour.toOffsetDateTime(), v.getKey(), v.getValue(),
								v.getKey() == Pollutant.CO ? "mg/m3" : "ug/m3"));
				sep = ",";
			}
			return body.append("]}").toString();
		}

		/** The stored readings' keys: station, pollutant, instant. */
		List<String> keys() {
			return values.keySet().stream().map(p -> key(station, p.name(), hour.toInstant())).toList();
		}

		static String key(String station, String pollutant, Instant time) {
			return station + "|" + pollutant + "|" + time;
		}
	}

}
