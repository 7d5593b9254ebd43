package io.cleanair.ingest.station;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

@RestController
@RequestMapping("/api/v1/stations")
class StationController {

	private final StationRepository stations;

	private final StationEvents events;

	StationController(StationRepository stations, StationEvents events) {
		this.stations = stations;
		this.events = events;
	}

	@GetMapping
	Mono<List<Station>> list() {
		return Mono.fromCallable(stations::findAll).subscribeOn(Schedulers.boundedElastic());
	}

	@GetMapping("/{id}")
	Mono<Station> get(@PathVariable String id) {
		return Mono.fromCallable(() -> stations.findById(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no station " + id)))
			.subscribeOn(Schedulers.boundedElastic());
	}

	@PutMapping("/{id}")
	Mono<ResponseEntity<Station>> put(@PathVariable String id, @Valid @RequestBody StationRequest request) {
		Station station = request.toStation(id);
		return Mono.fromCallable(() -> stations.save(station))
			.subscribeOn(Schedulers.boundedElastic())
			.flatMap(created -> Mono.fromFuture(events.changed(station))
				.thenReturn(ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(station)));
	}

	@DeleteMapping("/{id}")
	Mono<ResponseEntity<Void>> delete(@PathVariable String id) {
		return Mono.fromCallable(() -> stations.delete(id))
			.subscribeOn(Schedulers.boundedElastic())
			.flatMap(deleted -> deleted ? Mono.fromFuture(events.deleted(id)).thenReturn(ResponseEntity.noContent().<Void>build())
					: Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND, "no station " + id)));
	}

	record StationRequest(@NotBlank String name, @NotBlank String districtId, Station.StationKind kind,
			Double latitude, Double longitude, Boolean active) {

		Station toStation(String id) {
			return new Station(id, name, districtId, kind == null ? Station.StationKind.CITY : kind, latitude,
					longitude, active == null || active);
		}
	}
}
