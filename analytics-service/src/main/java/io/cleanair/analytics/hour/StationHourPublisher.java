package io.cleanair.analytics.hour;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import io.cleanair.analytics.config.AnalyticsProperties;
import io.cleanair.analytics.daily.HourlyRepository;
import io.cleanair.analytics.daily.StationDayKey;
import io.cleanair.analytics.daily.TouchedDays;
import io.cleanair.core.aqi.AqiResult;
import io.cleanair.core.assessment.StationDayHours;
import io.cleanair.core.event.ReadingReceived;
import io.cleanair.core.event.StationHourComputed;
import io.cleanair.core.pollutant.Pollutant;
import io.cleanair.core.signal.HourlyReport;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Publishes the real-time (hourly) AQI of every station-hour a batch changed on
 * {@code aq.station-hours.v1}, keyed by station: from the earliest hour of the batch's
 * readings on each touched station-day to the day's last hour with a value (later hours
 * of the day move with the moving means). Where the edition in force uses moving means
 * (HJ 633-2012), the previous day's hours are read once per batch.
 */
@Component
public class StationHourPublisher {

	private static final int HOURS = 24;

	private final KafkaTemplate<String, Object> kafka;

	private final HourlyRepository hourly;

	private final String topic;

	private final ZoneId zone;

	private final LatestHours latest;

	StationHourPublisher(KafkaTemplate<String, Object> kafka, HourlyRepository hourly, LatestHours latest,
			AnalyticsProperties properties) {
		this.kafka = kafka;
		this.latest = latest;
		this.hourly = hourly;
		this.topic = properties.topics().stationHours();
		this.zone = properties.zone();
	}

	/**
	 * Stores each station's latest hour for the reporting schema, sends the changed hours
	 * and returns; the future completes when the broker acknowledged them.
	 */
	public CompletableFuture<Void> send(TouchedDays touched, List<ReadingReceived> readings, Instant now) {
		List<StationHourComputed> events = events(touched, readings, now);
		latest.store(events);
		return CompletableFuture
			.allOf(events.stream().map(e -> kafka.send(topic, e.stationId(), e)).toArray(CompletableFuture[]::new));
	}

	List<StationHourComputed> events(TouchedDays touched, List<ReadingReceived> readings, Instant now) {
		if (touched.isEmpty()) {
			return List.of();
		}
		Map<StationDayKey, Integer> firstHour = new HashMap<>();
		for (ReadingReceived r : readings) {
			ZonedDateTime local = r.time().atZone(zone);
			firstHour.merge(new StationDayKey(r.stationId(), local.toLocalDate()), local.getHour(), Math::min);
		}
		Map<StationDayKey, StationDayHours> previousDays = previousDays(touched);
		List<StationHourComputed> events = new ArrayList<>();
		touched.dayHours().forEach((key, hours) -> {
			Integer first = firstHour.get(key);
			if (first != null) {
				events.addAll(dayEvents(key, hours, previousDays.get(key), first,
						touched.districtOf().get(key.stationId()), now));
			}
		});
		return events;
	}

	private List<StationHourComputed> dayEvents(StationDayKey key, StationDayHours day, StationDayHours before,
			int firstHour, String districtId, Instant now) {
		Map<Pollutant, double[]> series = new EnumMap<>(Pollutant.class);
		for (Pollutant p : Pollutant.values()) {
			double[] values = new double[2 * HOURS];
			Arrays.fill(values, 0, HOURS, Double.NaN);
			if (before != null) {
				System.arraycopy(before.hours(p), 0, values, 0, HOURS);
			}
			System.arraycopy(day.hours(p), 0, values, HOURS, HOURS);
			series.put(p, values);
		}
		List<StationHourComputed> events = new ArrayList<>();
		for (int h = firstHour; h < HOURS; h++) {
			int index = HOURS + h;
			Map<String, Double> concentrations = new LinkedHashMap<>();
			series.forEach((p, values) -> {
				if (!Double.isNaN(values[index])) {
					concentrations.put(p.name(), values[index]);
				}
			});
			if (concentrations.isEmpty()) {
				continue;
			}
			AqiResult result = HourlyReport.at(key.day(), series, index);
			Map<String, Integer> iaqi = new LinkedHashMap<>();
			result.iaqi().forEach((indicator, value) -> iaqi.put(indicator.name(), value));
			Instant start = key.day().atStartOfDay(zone).plusHours(h).toInstant();
			events.add(new StationHourComputed(UUID.randomUUID(), StationHourComputed.SCHEMA_VERSION, key.stationId(),
					districtId, start, key.day(), h + 1, result.aqi(),
					result.category() == null ? null : ((Enum<?>) result.category()).name(),
					result.primaryPollutants().stream().map(Enum::name).toList(), iaqi, concentrations,
					result.ruleSet(), result.complete(), now));
		}
		return events;
	}

	/**
	 * The hours of the day before each touched day whose edition uses moving means; one
	 * query.
	 */
	private Map<StationDayKey, StationDayHours> previousDays(TouchedDays touched) {
		List<String> stations = new ArrayList<>();
		List<Instant> from = new ArrayList<>();
		List<Instant> to = new ArrayList<>();
		for (StationDayKey key : touched.dayHours().keySet()) {
			if (HourlyReport.usesMovingMeans(key.day())) {
				stations.add(key.stationId());
				from.add(key.day().minusDays(1).atStartOfDay(zone).toInstant());
				to.add(key.day().atStartOfDay(zone).toInstant());
			}
		}
		Map<StationDayKey, StationDayHours> days = new HashMap<>();
		if (stations.isEmpty()) {
			return days;
		}
		for (HourlyRepository.HourlyValue v : hourly.find(stations, from, to)) {
			ZonedDateTime local = v.hour().atZone(zone);
			LocalDate next = local.toLocalDate().plusDays(1);
			days.computeIfAbsent(new StationDayKey(v.stationId(), next), k -> new StationDayHours())
				.set(v.pollutant(), local.getHour() + 1, v.value(), v.minutesSampled(), v.qcMask());
		}
		return days;
	}

}
