package io.cleanair.analytics.daily;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cleanair.analytics.web.CsvTable;
import io.cleanair.analytics.web.Params;
import io.cleanair.core.aqi.Indicator;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** {@code GET /api/v1/daily?scope=&id=&from=&to=&page=&size=}: stored daily results, oldest first, paged. */
@RestController
class DailyController {

	static final int MAX_RANGE_DAYS = 3660;

	static final int MAX_PAGE_SIZE = 1000;

	static final int DEFAULT_PAGE_SIZE = 366;

	private final DailyResultRepository results;

	DailyController(DailyResultRepository results) {
		this.results = results;
	}

	@GetMapping(path = "/api/v1/daily", produces = { MediaType.APPLICATION_JSON_VALUE, "text/csv" })
	Mono<DailyPage> daily(@RequestParam(required = false) String scope, @RequestParam(required = false) String id,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String page, @RequestParam(required = false) String size) {
		Scope s = Params.scope(scope);
		String scopeId = Params.required("id", id);
		LocalDate start = Params.date("from", from);
		LocalDate end = Params.date("to", to);
		Params.range(start, end, MAX_RANGE_DAYS, "");
		int p = Params.integer("page", page, 0, 100_000, 0);
		int n = Params.integer("size", size, 1, MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE);
		return Mono.fromCallable(() -> new DailyPage(s.label(), scopeId, start, end, p, n,
				results.count(s, scopeId, start, end),
				results.find(s, scopeId, start, end, p * n, n).stream().map(DayView::of).toList()))
			.subscribeOn(Schedulers.boundedElastic());
	}

	record DailyPage(String scope, String id, LocalDate from, LocalDate to, int page, int size, int total,
			List<DayView> items) implements CsvTable {

		@Override
		public List<String> csvHeader() {
			List<String> header = new ArrayList<>(List.of("date", "aqi", "category", "primaryPollutants", "valid",
					"ruleSet", "stations"));
			DailyResultRepository.COLUMNS.keySet().forEach(i -> header.add(i.name()));
			return header;
		}

		@Override
		public List<List<Object>> csvRows() {
			return items.stream().map(d -> {
				List<Object> row = new ArrayList<>(List.of(d.date(), d.aqi() == null ? "" : d.aqi(),
						d.category() == null ? "" : d.category(), String.join(" ", d.primaryPollutants()), d.valid(),
						d.ruleSet(), d.stations()));
				DailyResultRepository.COLUMNS.keySet().forEach(i -> {
					Double v = d.concentrations().get(i.name());
					row.add(v == null ? "" : v);
				});
				return row;
			}).toList();
		}
	}

	/**
	 * @param concentrations each valid daily statistic by indicator (X_24H = 24-hour mean, O3_1H = daily max
	 *                       1-hour, O3_8H = MDA8), canonical units (µg/m³, CO mg/m³); an invalid one is absent
	 * @param valid          whether the day has a valid AQI (HJ 633-2026 §5.3: complete, or incomplete above 100)
	 */
	record DayView(LocalDate date, Integer aqi, String category, List<String> primaryPollutants,
			Map<String, Double> concentrations, boolean valid, String ruleSet, int stations) {

		static DayView of(StoredDay d) {
			Map<String, Double> c = new LinkedHashMap<>();
			for (Indicator i : DailyResultRepository.COLUMNS.keySet()) {
				Double v = d.concentrations().values().get(i);
				if (v != null) {
					c.put(i.name(), v);
				}
			}
			return new DayView(d.day(), d.aqi(), d.category(), d.primaryPollutants(), c, d.valid(), d.ruleSet(),
					d.stations());
		}
	}
}
