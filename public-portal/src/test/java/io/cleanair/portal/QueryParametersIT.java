package io.cleanair.portal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The open API's query parameters are bound to records and checked with Bean Validation:
 * a bad one is a {@code bad-parameter} problem naming it and saying what is wrong, before
 * the station or district is looked up; {@code lang} of a page never fails.
 */
@PortalIntegrationTest
class QueryParametersIT {

	@Autowired
	WebTestClient web;

	@Test
	void pagesAreBounded() {
		problem("/api/public/v1/stations?size=0", "size", "'size' must be 1..500, was 0");
		problem("/api/public/v1/stations?page=-1", "page", "'page' must be 0..1000000, was -1");
		problem("/api/public/v1/districts?page=two", "page", "'page' must be a whole number, was 'two'");
	}

	@Test
	void seriesRangesAreBoundedAndOrdered() {
		String hours = "/api/public/v1/stations/nowhere/hours";
		problem(hours + "?from=yesterday", "from",
				"'from' must be an ISO-8601 time with an offset, e.g. 2026-11-28T08:00:00+08:00");
		problem(hours + "?from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z", "from", "'from' must be before 'to'");
		problem(hours + "?from=2026-01-01T00:00:00Z&to=2026-03-01T00:00:00Z", "to",
				"'to' is more than 31 days after 'from'");
		String days = "/api/public/v1/districts/nowhere/days";
		problem(days + "?to=2026-02-30", "to", "'to' must be a date, e.g. 2026-11-28");
		problem(days + "?from=2026-02-01&to=2026-01-01", "from", "'from' must not be after 'to'");
		problem(days + "?from=2025-01-01&to=2026-01-02", "to", "'to' is more than 366 days after 'from'");
		web.get().uri(days + "?from=2026-01-01&to=2026-01-31").exchange().expectStatus().isNotFound();
	}

	@Test
	void aRankingsMonthIsAMonth() {
		problem("/api/public/v1/rankings?month=2026-13", "month", "'month' must be a month, e.g. 2026-11");
		problem("/api/public/v1/rankings?month=1999-12", "month", null);
	}

	@Test
	void aPageInAnUnknownLanguageIsChinese() {
		assertThat(page("/?lang=fr")).contains("lang=\"zh-CN\"");
		assertThat(page("/?lang=en-GB")).contains("lang=\"en\"");
		assertThat(page("/?lang=")).contains("lang=\"zh-CN\"");
	}

	@Test
	void theOpenApiDocumentListsTheQueryParameters() {
		web.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.paths['/api/public/v1/stations'].get.parameters[?(@.name=='size')].in")
			.isEqualTo("query")
			.jsonPath("$.paths['/api/public/v1/stations/{id}/hours'].get.parameters[?(@.name=='from')].in")
			.isEqualTo("query")
			.jsonPath("$.paths['/api/public/v1/rankings'].get.parameters[?(@.name=='month')].in")
			.isEqualTo("query")
			.jsonPath("$.paths['/api/public/v1/rankings'].get.parameters.length()")
			.isEqualTo(1);
	}

	private String page(String uri) {
		return web.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	private void problem(String uri, String parameter, String detail) {
		WebTestClient.BodyContentSpec body = web.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://cleanair.io/problems/bad-parameter")
			.jsonPath("$.parameter")
			.isEqualTo(parameter);
		if (detail != null) {
			body.jsonPath("$.detail").isEqualTo(detail);
		}
	}

}
