package io.cleanair.analytics.district;

import io.cleanair.problems.FreeText;
import io.cleanair.problems.Identifier;
import java.math.BigDecimal;
import java.util.List;

import io.cleanair.analytics.web.BadParameterException;
import io.cleanair.analytics.web.NotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Admin API: the district registry and each district's annual targets. */
@RestController
class DistrictController {

	private final DistrictRepository districts;

	private final TargetPublisher targets;

	private final ApplicationEventPublisher events;

	DistrictController(DistrictRepository districts, TargetPublisher targets, ApplicationEventPublisher events) {
		this.districts = districts;
		this.targets = targets;
		this.events = events;
	}

	@GetMapping("/api/v1/districts")
	Mono<List<DistrictRepository.District>> all() {
		return blocking(() -> districts.findAll());
	}

	@GetMapping("/api/v1/districts/{id}")
	Mono<DistrictRepository.District> one(@PathVariable String id) {
		BadParameterException.requireIdentifier("id", id);
		return blocking(() -> districts.find(id).orElseThrow(() -> new NotFoundException("no district '" + id + "'")));
	}

	@PutMapping("/api/v1/districts/{id}")
	Mono<ResponseEntity<DistrictRepository.District>> put(@PathVariable String id,
			@Valid @RequestBody DistrictRequest body) {
		BadParameterException.requireIdentifier("id", id);
		DistrictRepository.District d = new DistrictRepository.District(id, body.name(), body.cityId());
		return blocking(() -> ResponseEntity.status(districts.save(d) ? HttpStatus.CREATED : HttpStatus.OK).body(d));
	}

	@DeleteMapping("/api/v1/districts/{id}")
	Mono<ResponseEntity<Void>> delete(@PathVariable String id) {
		BadParameterException.requireIdentifier("id", id);
		return blocking(() -> districts.delete(id) ? ResponseEntity.noContent().<Void>build()
				: ResponseEntity.notFound().<Void>build());
	}

	@GetMapping("/api/v1/districts/{id}/targets/{year}")
	Mono<DistrictRepository.Target> target(@PathVariable String id, @PathVariable int year) {
		BadParameterException.requireIdentifier("id", id);
		return blocking(() -> districts.findTarget(id, year)
			.orElseThrow(() -> new NotFoundException("no target for district '" + id + "' in " + year)));
	}

	@PutMapping("/api/v1/districts/{id}/targets/{year}")
	Mono<ResponseEntity<DistrictRepository.Target>> putTarget(@PathVariable String id, @PathVariable int year,
			@Valid @RequestBody TargetRequest body) {
		BadParameterException.requireIdentifier("id", id);
		if ((body.goodDayRate() == null) == (body.goodDayCount() == null)) {
			throw new BadParameterException("goodDayRate", "or 'goodDayCount': exactly one of them is required");
		}
		if (year < 2000 || year > 2100) {
			throw new BadParameterException("year", "must be 2000..2100, was " + year);
		}
		DistrictRepository.Target t = new DistrictRepository.Target(id, year, body.goodDayRate(), body.goodDayCount(),
				body.pm25AnnualMean(), body.maxHeavyDays());
		return blocking(() -> {
			if (districts.find(id).isEmpty()) {
				throw new NotFoundException("no district '" + id + "': register it first");
			}
			boolean created = districts.saveTarget(t);
			targets.publish(t);
			events.publishEvent(new TargetSet(id, year));
			return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(t);
		});
	}

	private static <T> Mono<T> blocking(java.util.concurrent.Callable<T> work) {
		return Mono.fromCallable(work).subscribeOn(Schedulers.boundedElastic());
	}

	record DistrictRequest(@NotBlank @FreeText String name, @NotBlank @Identifier String cityId) {
	}

	/**
	 * @param goodDayRate target good-day rate in percent (or goodDayCount, exactly one)
	 * @param pm25AnnualMean PM2.5 annual mean target, µg/m³
	 * @param maxHeavyDays most days of heavy pollution or worse allowed in the year
	 */
	record TargetRequest(@DecimalMin("0") @DecimalMax("100") BigDecimal goodDayRate,
			@Min(0) @Max(366) Integer goodDayCount, @DecimalMin("0") BigDecimal pm25AnnualMean,
			@Min(0) @Max(366) Integer maxHeavyDays) {
	}

}
