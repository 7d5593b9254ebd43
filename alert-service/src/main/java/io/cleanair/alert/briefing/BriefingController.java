package io.cleanair.alert.briefing;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import io.cleanair.alert.config.AlertProperties;
import io.cleanair.alert.web.Problems;
import io.cleanair.core.alerting.Language;
import io.cleanair.security.ApiAuthorizationRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@code GET /api/v1/briefings/{daily|weekly|monthly}?date=YYYY-MM-DD[&lang=zh|en]}: the
 * briefing of the period ending on {@code date} (default yesterday, the city's zone):
 * HTML by default, {@code Accept: application/pdf} for the PDF,
 * {@code Accept: application/json} for its figures. Any valid key.
 */
@RestController
class BriefingController {

	private final BriefingAssembler assembler;

	private final BriefingProperties properties;

	private final AlertProperties alert;

	BriefingController(BriefingAssembler assembler, BriefingProperties properties, AlertProperties alert) {
		this.assembler = assembler;
		this.properties = properties;
		this.alert = alert;
	}

	@GetMapping("/api/v1/briefings/{period}")
	Mono<ResponseEntity<Object>> briefing(@PathVariable String period, @RequestParam(required = false) String date,
			@RequestParam(required = false) String lang,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
		BriefingPeriod p = BriefingPeriod.parse(period)
			.orElseThrow(() -> Problems.badRequest("period", "must be daily, weekly or monthly, was '" + period + "'"));
		LocalDate day = date == null ? assembler.yesterday() : parseDate(date);
		Language language = lang == null ? Language.ZH : Language.parse(lang);
		MediaType type = negotiate(accept);
		return Mono.fromCallable(() -> {
			Briefing b = assembler.assemble(p, day, language);
			String name = "briefing-" + p.english() + "-" + day;
			if (MediaType.APPLICATION_PDF.equals(type)) {
				byte[] pdf = PdfBriefing.render(b, alert.zone(), properties.font());
				return ResponseEntity.ok()
					.contentType(MediaType.APPLICATION_PDF)
					.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + name + ".pdf\"")
					.body((Object) pdf);
			}
			if (MediaType.APPLICATION_JSON.equals(type)) {
				return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body((Object) b);
			}
			return ResponseEntity.ok()
				.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
				.body((Object) HtmlBriefing.render(b, alert.zone()));
		}).subscribeOn(Schedulers.boundedElastic());
	}

	private static LocalDate parseDate(String date) {
		try {
			return LocalDate.parse(date);
		}
		catch (DateTimeParseException e) {
			throw Problems.badRequest("date", "must be YYYY-MM-DD, was '" + date + "'");
		}
	}

	/** PDF or JSON when the client asks for it first; HTML otherwise. */
	static MediaType negotiate(String accept) {
		if (accept == null || accept.isBlank()) {
			return MediaType.TEXT_HTML;
		}
		List<MediaType> types = MediaType.parseMediaTypes(accept);
		types.sort(java.util.Comparator.comparingDouble(MediaType::getQualityValue).reversed());
		for (MediaType t : types) {
			if (t.isCompatibleWith(MediaType.TEXT_HTML) && !t.isWildcardType()) {
				return MediaType.TEXT_HTML;
			}
			if (t.equalsTypeAndSubtype(MediaType.APPLICATION_PDF)) {
				return MediaType.APPLICATION_PDF;
			}
			if (t.equalsTypeAndSubtype(MediaType.APPLICATION_JSON)) {
				return MediaType.APPLICATION_JSON;
			}
		}
		return MediaType.TEXT_HTML;
	}

	/** Any valid key reads briefings. */
	@Configuration(proxyBeanMethods = false)
	static class Access {

		@Bean
		ApiAuthorizationRules briefingRules() {
			return exchanges -> exchanges.pathMatchers(HttpMethod.GET, "/api/v1/briefings/**").authenticated();
		}

	}

}
