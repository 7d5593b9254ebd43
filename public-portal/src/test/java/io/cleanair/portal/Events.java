package io.cleanair.portal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cleanair.core.aqi.AqiResult;
import io.cleanair.core.aqi.Indicator;
import io.cleanair.core.assessment.DailyAssessor;
import io.cleanair.core.assessment.DailyConcentrations;
import io.cleanair.core.assessment.DayAssessment;
import io.cleanair.core.event.DailyResultChanged;
import io.cleanair.core.event.DistrictTargetChanged;
import io.cleanair.core.event.StationChanged;
import io.cleanair.core.event.StationHourComputed;
import io.cleanair.core.pollutant.Pollutant;
import io.cleanair.core.signal.HourlyReport;
import io.cleanair.testsupport.TestInfrastructure;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.kafka.support.serializer.JacksonJsonSerializer;

/**
 * Publishes the events the portal is built from, as analytics and ingest publish them,
 * onto a test's own topics; the AQI in the hourly events is computed by the engine, as
 * analytics does. Every event id it used is kept, so a test can check none of them leaks.
 */
public final class Events implements AutoCloseable {

	public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private final KafkaProducer<String, Object> producer;

	private final String suffix;

	private final List<UUID> eventIds = new ArrayList<>();

	public Events(String suffix) {
		this.suffix = suffix;
		JacksonJsonSerializer<Object> json = new JacksonJsonSerializer<>();
		json.setAddTypeInfo(false);
		this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
				TestInfrastructure.kafka().bootstrapServers(), ProducerConfig.ACKS_CONFIG, "all"),
				new StringSerializer(), json);
	}

	public List<UUID> eventIds() {
		return List.copyOf(eventIds);
	}

	public void station(String id, String name, String district, double lat, double lon) {
		UUID eventId = UUID.randomUUID();
		eventIds.add(eventId);
		send("aq.stations.v1", id, new StationChanged(eventId, StationChanged.SCHEMA_VERSION, id, name, district,
				"NATIONAL", lat, lon, true, false, Instant.now(), "Asia/Shanghai", "START"));
	}

	/**
	 * {@code hours} hourly reports ending with the hour that started before now, PM2.5 at
	 * {@code pm25}.
	 */
	public void hours(String station, String district, int hours, double pm25) {
		Instant last = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(1));
		for (int i = hours - 1; i >= 0; i--) {
			hour(station, district, last.minus(Duration.ofHours(i)), pm25 + (i % 5));
		}
	}

	public void hour(String station, String district, Instant start, double pm25) {
		ZonedDateTime local = start.atZone(BEIJING);
		Map<Pollutant, double[]> series = new LinkedHashMap<>();
		series.put(Pollutant.PM2_5, new double[] { pm25 });
		series.put(Pollutant.PM10, new double[] { 40 });
		series.put(Pollutant.SO2, new double[] { 5 });
		series.put(Pollutant.NO2, new double[] { 20 });
		series.put(Pollutant.CO, new double[] { 0.5 });
		series.put(Pollutant.O3, new double[] { 50 });
		AqiResult r = HourlyReport.at(local.toLocalDate(), series, 0);
		Map<String, Integer> iaqi = new LinkedHashMap<>();
		r.iaqi().forEach((k, v) -> iaqi.put(k.name(), v));
		Map<String, Double> concentrations = new LinkedHashMap<>();
		series.forEach((p, v) -> concentrations.put(p.name(), v[0]));
		UUID eventId = UUID.randomUUID();
		eventIds.add(eventId);
		send("aq.station-hours.v1", station,
				new StationHourComputed(eventId, StationHourComputed.SCHEMA_VERSION, station, district, start,
						local.toLocalDate(), local.getHour() + 1, r.aqi(),
						r.category() == null ? null : ((Enum<?>) r.category()).name(),
						r.primaryPollutants().stream().map(Enum::name).toList(), iaqi, concentrations, r.ruleSet(),
						r.complete(), Instant.now()));
	}

	/**
	 * District days from the first of this month to today, PM2.5 daily mean at
	 * {@code pm25}.
	 */
	public void districtDays(String district, double pm25) {
		LocalDate today = LocalDate.now(Clock.system(BEIJING));
		for (LocalDate d = today.withDayOfMonth(1); !d.isAfter(today); d = d.plusDays(1)) {
			districtDay(district, d, pm25);
		}
	}

	public void districtDay(String district, LocalDate day, double pm25) {
		Map<Indicator, Double> values = new LinkedHashMap<>();
		values.put(Indicator.PM2_5_24H, pm25);
		values.put(Indicator.PM10_24H, 60.0);
		values.put(Indicator.SO2_24H, 6.0);
		values.put(Indicator.NO2_24H, 30.0);
		values.put(Indicator.CO_24H, 0.7);
		values.put(Indicator.O3_8H, 80.0);
		DayAssessment a = DailyAssessor.inForceOnTheDay().assess(new DailyConcentrations(day, values));
		Map<String, Double> c = new LinkedHashMap<>();
		values.forEach((k, v) -> c.put(k.name(), v));
		UUID eventId = UUID.randomUUID();
		eventIds.add(eventId);
		send("aq.daily-results.v1", "district:" + district,
				new DailyResultChanged(eventId, DailyResultChanged.SCHEMA_VERSION, "DISTRICT", district, district, day,
						a.result().aqi(),
						a.result().category() == null ? null : ((Enum<?>) a.result().category()).name(),
						a.result().primaryPollutants().stream().map(Enum::name).toList(), a.hasValidAqi(),
						a.result().ruleSet(), c, Instant.now()));
	}

	public void target(String district, String name, int year, String goodDayRate) {
		UUID eventId = UUID.randomUUID();
		eventIds.add(eventId);
		send("aq.district-targets.v1", district + ":" + year,
				new DistrictTargetChanged(eventId, DistrictTargetChanged.SCHEMA_VERSION, district, name, year,
						new BigDecimal(goodDayRate), null, Instant.now()));
	}

	private void send(String topic, String key, Object value) {
		try {
			producer.send(new ProducerRecord<>(topic + "." + suffix, key, value)).get();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	@Override
	public void close() {
		producer.close();
	}

}
