package io.cleanair.alert.accountability;

import io.cleanair.problems.Identifier;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import io.cleanair.alert.accountability.LadderRecord.Standing;
import io.cleanair.alert.accountability.LadderRecord.Step;
import io.cleanair.alert.config.AlertProperties;
import io.cleanair.alert.web.Problems;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@code GET /api/v1/accountability?district=&year=}: the ladder's steps (with their
 * evidence) and, for one district, its monthly standings;
 * {@code POST /api/v1/accountability/evaluations?month=YYYY-MM} (or {@code ?year=})
 * records a finished month (or year) now, as the admin.
 */
@RestController
class AccountabilityController {

	private final AccountabilityService service;

	private final Clock clock;

	private final AlertProperties alert;

	AccountabilityController(AccountabilityService service, Clock clock, AlertProperties alert) {
		this.service = service;
		this.clock = clock;
		this.alert = alert;
	}

	@GetMapping("/api/v1/accountability")
	Mono<Ladder> ladder(@RequestParam(required = false) @Identifier String district,
			@RequestParam(required = false) Integer year) {
		int y = year == null ? LocalDate.ofInstant(clock.instant(), alert.zone()).getYear() : year;
		String d = district == null || district.isBlank() ? null : district;
		return Mono
			.fromCallable(() -> new Ladder(d, y, service.steps(d, y), d == null ? List.of() : service.standings(d, y)))
			.subscribeOn(Schedulers.boundedElastic());
	}

	@PostMapping("/api/v1/accountability/evaluations")
	Mono<Evaluation> evaluate(@RequestParam(required = false) String month,
			@RequestParam(required = false) Integer year) {
		if ((month == null) == (year == null)) {
			return Mono.error(Problems.badRequest("evaluation", "give month=YYYY-MM or year=YYYY"));
		}
		return Mono.fromCallable(() -> {
			try {
				return month != null ? new Evaluation(month, service.evaluateMonth(YearMonth.parse(month)))
						: new Evaluation(String.valueOf(year), service.evaluateYear(year));
			}
			catch (DateTimeParseException | IllegalArgumentException e) {
				throw Problems.badRequest("evaluation", e.getMessage());
			}
		}).subscribeOn(Schedulers.boundedElastic());
	}

	/**
	 * @param standings the district's monthly places in the ranking (empty when no
	 * district is given)
	 */
	record Ladder(String district, int year, List<Step> steps, List<Standing> standings) {
	}

	/**
	 * @param taken the steps this evaluation took (none when it had been evaluated
	 * before)
	 */
	record Evaluation(String period, List<Step> taken) {
	}

	/** Any key reads the ladder; only the admin evaluates. */
	@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
	static class Access {

		@org.springframework.context.annotation.Bean
		io.cleanair.security.ApiAuthorizationRules accountabilityRules() {
			return exchanges -> exchanges
				.pathMatchers(org.springframework.http.HttpMethod.POST, "/api/v1/accountability/**")
				.hasRole(io.cleanair.security.ApiPrincipal.ADMIN)
				.pathMatchers(org.springframework.http.HttpMethod.GET, "/api/v1/accountability")
				.authenticated();
		}

	}

}
