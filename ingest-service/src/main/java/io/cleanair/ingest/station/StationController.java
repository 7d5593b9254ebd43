package io.cleanair.ingest.station;

import java.time.DateTimeException;
import java.time.ZoneId;

import io.cleanair.problems.ApiProblem;
import io.cleanair.problems.FreeText;
import io.cleanair.problems.Identifier;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebInputException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

@RestController
@RequestMapping("/api/v1/stations")
class StationController {

	private final StationRepository stations;

	private final StationRegistry registry;

	StationController(StationRepository stations, StationRegistry registry) {
		this.stations = stations;
		this.registry = registry;
	}

	/**
	 * Paged and filtered, by id: {@code ?districtId=&kind=&active=&page=0&size=50} (size
	 * at most 500).
	 */
	@GetMapping
	Mono<StationView.Page> list(@RequestParam(required = false) @Identifier String districtId,
			@RequestParam(required = false) Station.StationKind kind, @RequestParam(required = false) Boolean active,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
		StationFilter filter = new StationFilter(districtId, kind, active);
		return Mono.fromCallable(() -> StationView.Page.of(stations.find(filter, page, size)))
			.subscribeOn(Schedulers.boundedElastic());
	}

	@GetMapping("/{id}")
	Mono<StationView> get(@PathVariable @Identifier String id) {
		return Mono
			.fromCallable(() -> stations.findById(id)
				.map(StationView::of)
				.orElseThrow(() -> ApiProblem.notFound("no station " + id)))
			.subscribeOn(Schedulers.boundedElastic());
	}

	@PutMapping("/{id}")
	Mono<ResponseEntity<StationView>> put(@PathVariable @Identifier String id,
			@Valid @RequestBody StationRequest request) {
		Station station = request.toStation(id);
		// answered once the change and its event are committed; the outbox publishes the
		// event, also after a broker outage
		return Mono.fromCallable(() -> registry.save(station))
			.subscribeOn(Schedulers.boundedElastic())
			.map(created -> ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK)
				.body(StationView.of(station)));
	}

	@DeleteMapping("/{id}")
	Mono<ResponseEntity<Void>> delete(@PathVariable @Identifier String id) {
		return Mono.fromCallable(() -> registry.delete(id))
			.subscribeOn(Schedulers.boundedElastic())
			.flatMap(deleted -> deleted ? Mono.just(ResponseEntity.noContent().<Void>build())
					: Mono.error(ApiProblem.notFound("no station " + id)));
	}

	/**
	 * @param name free text without control characters
	 * @param districtId an identifier (docs/errors.md)
	 * @param timeZone an IANA zone id (default {@code Asia/Shanghai}) for times sent
	 * without an offset
	 * @param hourLabel {@code START} (default) or {@code END}: which end of its hour a
	 * value's time names
	 */
	record StationRequest(@NotBlank @FreeText String name, @NotBlank @Identifier String districtId,
			Station.StationKind kind, @DecimalMin("-90") @DecimalMax("90") Double latitude,
			@DecimalMin("-180") @DecimalMax("180") Double longitude, Boolean active, String timeZone,
			Station.HourLabel hourLabel) {

		Station toStation(String id) {
			return new Station(id, name, districtId, kind == null ? Station.StationKind.CITY : kind, latitude,
					longitude, active == null || active, zone(),
					hourLabel == null ? Station.HourLabel.START : hourLabel);
		}

		private ZoneId zone() {
			try {
				return timeZone == null ? Station.DEFAULT_ZONE : ZoneId.of(timeZone);
			}
			catch (DateTimeException e) {
				throw new ServerWebInputException(
						"timeZone '" + timeZone + "' is not a time zone id such as Asia/Shanghai");
			}
		}
	}

}
