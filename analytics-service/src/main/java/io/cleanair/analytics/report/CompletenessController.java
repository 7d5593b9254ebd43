package io.cleanair.analytics.report;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import io.cleanair.analytics.daily.DailyResultRepository;
import io.cleanair.analytics.daily.Scope;
import io.cleanair.analytics.daily.StoredDay;
import io.cleanair.core.signal.StationSilentRule.StationActivity;
import io.cleanair.analytics.station.StationRepository;
import io.cleanair.analytics.web.CsvTable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@code GET /api/v1/reports/completeness?from=&to=}: data completeness of a period per
 * station: the days with a stored result, those with a valid AQI, when the station last
 * sent a reading, and whether it is silent now (no reading for {@value #SILENT_HOURS}
 * hours, or none ever).
 */
@RestController
class CompletenessController {

	static final int SILENT_HOURS = 6;

	private final DailyResultRepository results;

	private final StationRepository stations;

	private final Clock clock;

	CompletenessController(DailyResultRepository results, StationRepository stations, Clock clock) {
		this.results = results;
		this.stations = stations;
		this.clock = clock;
	}

	@GetMapping(path = "/api/v1/reports/completeness", produces = { MediaType.APPLICATION_JSON_VALUE, "text/csv" })
	Mono<Completeness> completeness(@Valid CompletenessQuery query) {
		return Mono.fromCallable(() -> of(query.from(), query.to())).subscribeOn(Schedulers.boundedElastic());
	}

	private Completeness of(LocalDate from, LocalDate to) {
		Instant now = clock.instant();
		int days = (int) ChronoUnit.DAYS.between(from, to) + 1;
		List<StationLine> lines = new ArrayList<>();
		for (StationActivity a : stations.activity()) {
			List<StoredDay> stored = results.find(Scope.STATION, a.stationId(), from, to, 0, Periods.MAX_DAYS + 1);
			int valid = (int) stored.stream().filter(StoredDay::valid).count();
			boolean silent = a.active() && (a.lastReadingAt() == null
					|| Duration.between(a.lastReadingAt(), now).toHours() >= SILENT_HOURS);
			lines.add(new StationLine(a.stationId(), a.districtId(), a.active(), days, stored.size(), valid,
					a.lastReadingAt(), silent));
		}
		return new Completeness(from, to, days, lines);
	}

	/**
	 * @param resultDays days with a stored result (valid or not)
	 * @param validDays days with a valid AQI
	 * @param silent active, and no reading for
	 * {@value CompletenessController#SILENT_HOURS} hours (or none ever)
	 */
	record StationLine(String stationId, String districtId, boolean active, int days, int resultDays, int validDays,
			Instant lastReadingAt, boolean silent) {
	}

	record Completeness(LocalDate from, LocalDate to, int days, List<StationLine> stations) implements CsvTable {

		@Override
		public List<String> csvHeader() {
			return List.of("stationId", "districtId", "active", "days", "resultDays", "validDays", "lastReadingAt",
					"silent");
		}

		@Override
		public List<List<Object>> csvRows() {
			return stations.stream()
				.map(s -> List.<Object>of(s.stationId(), s.districtId(), s.active(), s.days(), s.resultDays(),
						s.validDays(), s.lastReadingAt() == null ? "" : s.lastReadingAt(), s.silent()))
				.toList();
		}
	}

}
