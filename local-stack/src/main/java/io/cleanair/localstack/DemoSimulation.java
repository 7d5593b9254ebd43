package io.cleanair.localstack;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import io.cleanair.cli.simulate.IngestClient;
import io.cleanair.cli.simulate.ReadingGenerator;
import io.cleanair.cli.simulate.SimulatedStation;
import io.cleanair.cli.simulate.SimulationRun;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code aq simulate} in-process for the demo city: the last week at an hour per second,
 * then real time, so dashboards and alerts fill up within minutes of the first start.
 */
final class DemoSimulation implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(DemoSimulation.class);

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	static final int DAYS_BACK = 7;

	static final double SPEED = 3600;

	private final Thread thread;

	private DemoSimulation(Thread thread) {
		this.thread = thread;
	}

	static DemoSimulation start(int ingestPort, String apiKey) {
		List<SimulatedStation> stations = DemoCity.STATIONS.stream()
			.map(s -> new SimulatedStation(s.id(), s.name(), s.districtId(), "NATIONAL", s.latitude(), s.longitude()))
			.toList();
		Clock clock = Clock.systemUTC();
		SimulationRun run = new SimulationRun(new ReadingGenerator(stations, ZONE, 0.005, 42),
				new IngestClient(URI.create("http://localhost:" + ingestPort), apiKey, apiKey),
				new SimulationRun.Settings(LocalDate.now(ZONE).minusDays(DAYS_BACK).atStartOfDay(ZONE).toInstant(),
						SPEED, null, null, false, 1000, 5, Duration.ofSeconds(2)),
				clock, SimulationRun.Sleeper.system(), line -> log.info("simulator: {}", line));
		Thread thread = new Thread(() -> {
			try {
				run.run();
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			catch (Exception e) {
				log.error("The simulator stopped: {}", e.getMessage());
			}
		}, "simulator");
		thread.setDaemon(true);
		thread.start();
		log.info("Simulating the {} demo stations from {} days ago, an hour per second, then in real time",
				stations.size(), DAYS_BACK);
		return new DemoSimulation(thread);
	}

	@Override
	public void close() throws InterruptedException {
		thread.interrupt();
		thread.join(Duration.ofSeconds(10).toMillis());
	}

}
