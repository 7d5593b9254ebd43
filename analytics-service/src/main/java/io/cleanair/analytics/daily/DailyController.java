package io.cleanair.analytics.daily;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cleanair.analytics.web.CsvTable;
import com.fasterxml.jackson.annotation.JsonIgnore;
import io.cleanair.core.aqi.Indicator;
import io.cleanair.core.aqi.MissingDataPolicy;
import io.cleanair.core.assessment.DailyAssessor;
import io.cleanair.core.assessment.DailyRecord;
import io.cleanair.core.assessment.DayAssessment;
import io.cleanair.core.assessment.ExcludedValue;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@code GET /api/v1/daily?scope=&id=&from=&to=&page=&size=}: stored daily results,
 * oldest first, paged.
 */
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
	Mono<DailyPage> daily(@Valid DailyQuery query) {
		Scope s = query.scope();
		String scopeId = query.id();
		LocalDate start = query.from();
		LocalDate end = query.to();
		int p = query.pageOrFirst();
		int n = query.sizeOrDefault();
		return Mono
			.fromCallable(
					() -> new DailyPage(s.label(), scopeId, start, end, p, n, results.count(s, scopeId, start, end),
							results.find(s, scopeId, start, end, p * n, n).stream().map(DayView::of).toList()))
			.subscribeOn(Schedulers.boundedElastic());
	}

	record DailyPage(String scope, String id, LocalDate from, LocalDate to, int page, int size, int total,
			List<DayView> items) implements CsvTable {

		/**
		 * The columns of {@code aq assess --daily} ({@link DailyRecord#columns()}), then
		 * the number of stations.
		 */
		@Override
		public List<String> csvHeader() {
			List<String> header = new ArrayList<>(DailyRecord.columns());
			header.add("stations");
			return header;
		}

		@Override
		public List<List<Object>> csvRows() {
			return items.stream().map(d -> {
				List<Object> row = new ArrayList<>();
				for (Object v : d.asRecord().values()) {
					row.add(v == null ? "" : v);
				}
				row.add(d.stations());
				return row;
			}).toList();
		}
	}

	/**
	 * @param concentrations each valid daily statistic by indicator (X_24H = 24-hour
	 * mean, O3_1H = daily max 1-hour, O3_8H = MDA8), canonical units (µg/m³, CO mg/m³),
	 * unrounded; an invalid one is absent
	 * @param iaqi each indicator's IAQI under the day's rule set (of the concentration
	 * rounded per GB/T 8170)
	 * @param valid whether the day has a valid AQI under {@code validityPolicy}
	 * @param invalidReason why not, or null
	 * @param validityPolicy the rule set's day-validity policy the day was assessed under
	 * (null: not recorded)
	 * @param missing the daily indicators without a valid statistic (NA)
	 * @param excluded the hourly values the day left out, and why
	 * @param pendingAudit QC-flagged values are held for audit: the result is provisional
	 * @param asRecord the same day as a CSV line of {@code aq assess --daily} (not in the
	 * JSON)
	 */
	record DayView(LocalDate date, Integer aqi, String category, List<String> primaryPollutants,
			Map<String, Double> concentrations, Map<String, Integer> iaqi, boolean valid, String invalidReason,
			String ruleSet, String validityPolicy, List<String> missing, List<ExcludedValue> excluded,
			boolean pendingAudit, int stations, @JsonIgnore DailyRecord asRecord) {

		static DayView of(StoredDay d) {
			Map<String, Double> c = new LinkedHashMap<>();
			for (Indicator i : DailyResultRepository.COLUMNS.keySet()) {
				Double v = d.concentrations().values().get(i);
				if (v != null) {
					c.put(i.name(), v);
				}
			}
			DayAssessment again = DailyAssessor.asStored(d.concentrations(), d.ruleSet(),
					d.validityPolicy() == null ? null : MissingDataPolicy.valueOf(d.validityPolicy()));
			DailyRecord r = DailyRecord.of(d.scope().label(), d.scopeId(), again);
			Map<String, Integer> iaqi = new LinkedHashMap<>();
			DailyRecord.INDICATORS.stream()
				.filter(r.iaqi()::containsKey)
				.forEach(i -> iaqi.put(i.name(), r.iaqi().get(i)));
			DailyRecord stored = new DailyRecord(d.day(), d.scope().label(), d.scopeId(), r.concentrations(), r.iaqi(),
					d.aqi(), d.category(), again.result().primaryPollutants(), d.valid(), d.invalidReason(),
					d.ruleSet(), d.validityPolicy(), r.missing(), r.excluded(), r.pendingAudit());
			return new DayView(d.day(), d.aqi(), d.category(), d.primaryPollutants(), c, iaqi, d.valid(),
					d.invalidReason(), d.ruleSet(), d.validityPolicy(), r.missing().stream().map(Enum::name).toList(),
					r.excluded(), r.pendingAudit(), d.stations(), stored);
		}
	}

}
