package io.cleanair.portal.api;

import io.cleanair.problems.Identifiers;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import io.cleanair.portal.api.PublicJson.DayJson;
import io.cleanair.portal.api.PublicJson.District;
import io.cleanair.portal.api.PublicJson.DistrictDays;
import io.cleanair.portal.api.PublicJson.HourJson;
import io.cleanair.portal.api.PublicJson.Meta;
import io.cleanair.portal.api.PublicJson.DistrictsPage;
import io.cleanair.portal.api.PublicJson.StationsPage;
import io.cleanair.portal.api.PublicJson.Rank;
import io.cleanair.portal.api.PublicJson.Rankings;
import io.cleanair.portal.api.PublicJson.StationHours;
import io.cleanair.portal.api.PublicJson.StationLatest;
import io.cleanair.portal.config.PortalProperties;
import io.cleanair.portal.district.DailyRepository;
import io.cleanair.portal.hour.HourRepository;
import io.cleanair.portal.view.CurrentView;
import io.cleanair.portal.view.PortalView;
import io.cleanair.portal.view.PortalView.StationNow;
import io.cleanair.portal.view.Rendered;
import io.cleanair.portal.view.ViewBuilder;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

/**
 * The open API: no key, any origin, JSON or CSV. Every answer is rendered once per view
 * and served from memory with its ETag; series outside the view are read from the read
 * model with bounded ranges.
 */
@RestController
class PublicApiController {

	static final int MAX_PAGE_SIZE = 500;

	static final Duration MAX_HOURS = Duration.ofDays(31);

	static final int MAX_DAYS = 366;

	private final CurrentView current;

	private final ViewBuilder builder;

	private final HourRepository hours;

	private final DailyRepository days;

	private final JsonMapper json;

	private final PortalProperties properties;

	PublicApiController(CurrentView current, ViewBuilder builder, HourRepository hours, DailyRepository days,
			JsonMapper json, PortalProperties properties) {
		this.current = current;
		this.builder = builder;
		this.hours = hours;
		this.days = days;
		this.json = json;
		this.properties = properties;
	}

	@Operation(summary = "Every station with its latest hourly AQI (HJ 633 real-time report)")
	@ApiResponse(responseCode = "200",
			content = {
					@Content(mediaType = "application/json",
							schema = @Schema(implementation = PublicJson.StationsPage.class)),
					@Content(mediaType = "text/csv") })
	@Problems
	@GetMapping(path = "/api/public/v1/stations", produces = { "application/json", "text/csv" })
	@Parameter(name = "page", in = ParameterIn.QUERY, description = "0-based")
	@Parameter(name = "size", in = ParameterIn.QUERY, description = "1..500, default 100")
	ResponseEntity<byte[]> stations(ServerHttpRequest request, @Parameter(hidden = true) @Valid PageRequest paging) {
		Format format = Format.of(request);
		int p = paging.pageOrFirst();
		int s = paging.sizeOrDefault();
		Rendered r = current.rendered("stations:" + format + ":" + p + ":" + s, view -> {
			List<StationNow> all = view.stations();
			List<StationNow> slice = all.subList(Math.min(all.size(), p * s), Math.min(all.size(), p * s + s));
			if (format == Format.CSV) {
				return csv(List.of("stationId", "name", "districtId", "districtName", "latitude", "longitude",
						"hourStart", "aqi", "category", "primaryPollutants", "PM2_5", "PM10", "SO2", "NO2", "CO", "O3",
						"ruleSet"), slice.stream().map(PublicApiController::stationRow).toList());
			}
			return json(new StationsPage(meta(view), p, s, all.size(), slice.stream().map(StationLatest::of).toList()));
		});
		return Responses.send(request, r, Responses.LATEST);
	}

	@Operation(summary = "One station with its latest hourly AQI")
	@ApiResponse(responseCode = "200",
			content = {
					@Content(mediaType = "application/json",
							schema = @Schema(implementation = PublicJson.StationLatest.class)),
					@Content(mediaType = "text/csv") })
	@Problems
	@GetMapping(path = "/api/public/v1/stations/{id}", produces = { "application/json", "text/csv" })
	ResponseEntity<byte[]> station(ServerHttpRequest request, @PathVariable String id) {
		Identifiers.requireIdentifier("id", id);
		Format format = Format.of(request);
		StationNow s = current.view().station(id).orElseThrow(() -> new NotFoundException("no station '" + id + "'"));
		Rendered r = current.rendered("station:" + format + ":" + id, view -> {
			StationNow now = view.station(id).orElse(s);
			return format == Format.CSV ? csv(List.of("stationId", "name", "districtId", "districtName", "latitude",
					"longitude", "hourStart", "aqi", "category", "primaryPollutants", "PM2_5", "PM10", "SO2", "NO2",
					"CO", "O3", "ruleSet"), List.of(stationRow(now))) : json(StationLatest.of(now));
		});
		return Responses.send(request, r, Responses.LATEST);
	}

	@Operation(
			summary = "A station's hourly reports in [from, to): at most 31 days; default the 48 hours up to its latest")
	@ApiResponse(responseCode = "200",
			content = {
					@Content(mediaType = "application/json",
							schema = @Schema(implementation = PublicJson.StationHours.class)),
					@Content(mediaType = "text/csv") })
	@Problems
	@GetMapping(path = "/api/public/v1/stations/{id}/hours", produces = { "application/json", "text/csv" })
	@Parameter(name = "from", in = ParameterIn.QUERY, description = "ISO-8601 with offset")
	@Parameter(name = "to", in = ParameterIn.QUERY, description = "ISO-8601 with offset, exclusive")
	Mono<ResponseEntity<byte[]>> stationHours(ServerHttpRequest request, @PathVariable String id,
			@Parameter(hidden = true) @Valid SeriesRange.Hours range) {
		Identifiers.requireIdentifier("id", id);
		Format format = Format.of(request);
		PortalView view = current.view();
		StationNow s = view.station(id).orElseThrow(() -> new NotFoundException("no station '" + id + "'"));
		Instant end = range.to() == null ? null : range.to().toInstant();
		Instant start = range.from() == null ? null : range.from().toInstant();
		Instant latestEnd = s.hour() == null ? view.builtAt() : s.hour().hourStart().plus(Duration.ofHours(1));
		Instant t = end != null ? end : start != null ? start.plus(Duration.ofHours(48)) : latestEnd;
		Instant f = start != null ? start : t.minus(Duration.ofHours(48));
		return Mono.fromCallable(() -> current.rendered("hours:" + format + ":" + id + ":" + f + ":" + t, () -> {
			List<HourRepository.Hour> series = hours.series(id, f, t);
			if (format == Format.CSV) {
				return csv(
						List.of("stationId", "hourStart", "day", "hourLabel", "aqi", "category", "primaryPollutants",
								"PM2_5", "PM10", "SO2", "NO2", "CO", "O3", "ruleSet"),
						series.stream()
							.map(h -> PublicJson.row(id, h.hourStart(), h.day(), h.hourLabel(), h.aqi(), h.category(),
									String.join(" ", h.primaryPollutants()), c(h, "PM2_5"), c(h, "PM10"), c(h, "SO2"),
									c(h, "NO2"), c(h, "CO"), c(h, "O3"), h.ruleSet()))
							.toList());
			}
			return json(new StationHours(meta(view), id, f, t, series.stream().map(HourJson::of).toList()));
		})).subscribeOn(Schedulers.boundedElastic()).map(r -> Responses.send(request, r, Responses.SERIES));
	}

	@Operation(summary = "Every district: latest daily AQI, good days this year against the target, this month's rank")
	@ApiResponse(responseCode = "200",
			content = {
					@Content(mediaType = "application/json",
							schema = @Schema(implementation = PublicJson.DistrictsPage.class)),
					@Content(mediaType = "text/csv") })
	@Problems
	@GetMapping(path = "/api/public/v1/districts", produces = { "application/json", "text/csv" })
	@Parameter(name = "page", in = ParameterIn.QUERY)
	@Parameter(name = "size", in = ParameterIn.QUERY)
	ResponseEntity<byte[]> districts(ServerHttpRequest request, @Parameter(hidden = true) @Valid PageRequest paging) {
		Format format = Format.of(request);
		int p = paging.pageOrFirst();
		int s = paging.sizeOrDefault();
		Rendered r = current.rendered("districts:" + format + ":" + p + ":" + s, view -> {
			List<District> all = view.districts().stream().map(District::of).toList();
			List<District> slice = all.subList(Math.min(all.size(), p * s), Math.min(all.size(), p * s + s));
			if (format == Format.CSV) {
				return csv(
						List.of("districtId", "name", "day", "aqi", "category", "goodDays", "validDays", "goodDayRate",
								"targetGoodDayRate", "targetGoodDayCount", "status", "monthRank", "compositeIndex"),
						slice.stream()
							.map(d -> PublicJson.row(d.id(), d.name(),
									d.latestDay() == null ? null : d.latestDay().day(),
									d.latestDay() == null ? null : d.latestDay().aqi(),
									d.latestDay() == null || d.latestDay().category() == null ? null
											: d.latestDay().category().id(),
									d.goodDays() == null ? null : d.goodDays().goodDays(),
									d.goodDays() == null ? null : d.goodDays().validDays(),
									d.goodDays() == null ? null : d.goodDays().goodDayRate(),
									d.goodDays() == null ? null : d.goodDays().targetGoodDayRate(),
									d.goodDays() == null ? null : d.goodDays().targetGoodDayCount(),
									d.goodDays() == null ? null : d.goodDays().status(),
									d.monthRank() == null ? null : d.monthRank().rank(),
									d.monthRank() == null ? null : d.monthRank().compositeIndex()))
							.toList());
			}
			return json(new DistrictsPage(meta(view), p, s, all.size(), slice));
		});
		return Responses.send(request, r, Responses.LATEST);
	}

	@Operation(summary = "A district's daily results in [from, to] (dates, at most 366 days; default the last 30)")
	@ApiResponse(responseCode = "200",
			content = {
					@Content(mediaType = "application/json",
							schema = @Schema(implementation = PublicJson.DistrictDays.class)),
					@Content(mediaType = "text/csv") })
	@Problems
	@GetMapping(path = "/api/public/v1/districts/{id}/days", produces = { "application/json", "text/csv" })
	@Parameter(name = "from", in = ParameterIn.QUERY)
	@Parameter(name = "to", in = ParameterIn.QUERY)
	Mono<ResponseEntity<byte[]>> districtDays(ServerHttpRequest request, @PathVariable String id,
			@Parameter(hidden = true) @Valid SeriesRange.Days range) {
		Identifiers.requireIdentifier("id", id);
		Format format = Format.of(request);
		PortalView view = current.view();
		if (view.district(id).isEmpty()) {
			throw new NotFoundException("no district '" + id + "'");
		}
		LocalDate end = range.to();
		LocalDate start = range.from();
		LocalDate t = end != null ? end : start != null ? start.plusDays(29) : view.today();
		LocalDate f = start != null ? start : t.minusDays(29);
		return Mono.fromCallable(() -> current.rendered("days:" + format + ":" + id + ":" + f + ":" + t, () -> {
			List<DailyRepository.Day> series = days.days("DISTRICT", id, f, t);
			if (format == Format.CSV) {
				return csv(List.of("districtId", "day", "aqi", "category", "primaryPollutants", "valid", "ruleSet"),
						series.stream()
							.map(d -> PublicJson.row(id, d.day(), d.aqi(), d.category(),
									String.join(" ", d.primaryPollutants()), d.valid(), d.ruleSet()))
							.toList());
			}
			return json(new DistrictDays(meta(view), id, f, t, series.stream().map(DayJson::of).toList()));
		})).subscribeOn(Schedulers.boundedElastic()).map(r -> Responses.send(request, r, Responses.SERIES));
	}

	@Operation(summary = "Districts ranked by the month's composite index (ascending; ties share a rank)")
	@ApiResponse(responseCode = "200",
			content = {
					@Content(mediaType = "application/json",
							schema = @Schema(implementation = PublicJson.Rankings.class)),
					@Content(mediaType = "text/csv") })
	@Problems
	@GetMapping(path = "/api/public/v1/rankings", produces = { "application/json", "text/csv" })
	@Parameter(name = "month", in = ParameterIn.QUERY, description = "yyyy-MM, default this month")
	Mono<ResponseEntity<byte[]>> rankings(ServerHttpRequest request,
			@Parameter(hidden = true) @Valid RankingsQuery query) {
		Format format = Format.of(request);
		PortalView view = current.view();
		YearMonth m = query.month();
		YearMonth thisMonth = YearMonth.from(view.today());
		YearMonth chosen = m == null ? thisMonth : m;
		if (chosen.isAfter(thisMonth) || chosen.getYear() < 2000) {
			throw new BadParameterException("month", "must be 2000-01.." + thisMonth + ", was " + chosen);
		}
		return Mono.fromCallable(() -> current.rendered("rankings:" + format + ":" + chosen, () -> {
			PortalView.Ranking ranking = chosen.equals(thisMonth) ? view.ranking()
					: builder.ranking(chosen, view.today());
			List<Rank> items = ranking.entries().stream().map(Rank::of).toList();
			if (format == Format.CSV) {
				return csv(
						List.of("rank", "districtId", "districtName", "compositeIndex", "primaryPollutant",
								"goodDayRate", "validDays"),
						items.stream()
							.map(e -> PublicJson.row(e.rank(), e.districtId(), e.districtName(), e.compositeIndex(),
									e.primaryPollutant(), e.goodDayRate(), e.validDays()))
							.toList());
			}
			return json(new Rankings(meta(view), chosen.toString(), ranking.from(), ranking.to(),
					"composite index (GB 3095 limits, unweighted), ascending", items));
		})).subscribeOn(Schedulers.boundedElastic()).map(r -> Responses.send(request, r, Responses.LATEST));
	}

	private Meta meta(PortalView view) {
		return new Meta(view.dataTime(), view.ruleSet(), properties.portal().source(), PublicJson.HOUR_CONVENTION);
	}

	private Rendered json(Object body) {
		return Rendered.of(json.writeValueAsBytes(body), Format.JSON.contentType());
	}

	private static Rendered csv(List<String> header, List<List<Object>> rows) {
		return Rendered.of(Csv.of(header, rows), Format.CSV.contentType());
	}

	private static List<Object> stationRow(StationNow s) {
		HourRepository.Hour h = s.hour();
		return PublicJson.row(s.id(), s.name(), s.districtId(), s.districtName(), s.latitude(), s.longitude(),
				h == null ? null : h.hourStart(), h == null ? null : h.aqi(), h == null ? null : h.category(),
				h == null ? null : String.join(" ", h.primaryPollutants()), c(h, "PM2_5"), c(h, "PM10"), c(h, "SO2"),
				c(h, "NO2"), c(h, "CO"), c(h, "O3"), h == null ? null : h.ruleSet());
	}

	private static Double c(HourRepository.Hour h, String pollutant) {
		return h == null ? null : h.concentrations().get(io.cleanair.core.pollutant.Pollutant.valueOf(pollutant));
	}

}
