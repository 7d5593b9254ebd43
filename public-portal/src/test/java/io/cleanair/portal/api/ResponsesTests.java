package io.cleanair.portal.api;

import java.util.List;

import io.cleanair.portal.view.Rendered;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResponsesTests {

	@Test
	void theSameBytesHaveTheSameStrongEtagAndOtherBytesAnother() {
		Rendered a = Rendered.of("{\"aqi\":52}", "application/json");
		assertThat(a.etag()).matches("\"[0-9a-f]{24}\"");
		assertThat(Rendered.of("{\"aqi\":52}", "application/json").etag()).isEqualTo(a.etag());
		assertThat(Rendered.of("{\"aqi\":53}", "application/json").etag()).isNotEqualTo(a.etag());
	}

	@Test
	void ifNoneMatchMatchesTheTagItsWeakFormOrAStar() {
		assertThat(Responses.matches(List.of("\"x\"", "\"abc\""), "\"abc\"")).isTrue();
		assertThat(Responses.matches(List.of("W/\"abc\""), "\"abc\"")).isTrue();
		assertThat(Responses.matches(List.of("*"), "\"abc\"")).isTrue();
		assertThat(Responses.matches(List.of("\"abd\""), "\"abc\"")).isFalse();
		assertThat(Responses.matches(List.of(), "\"abc\"")).isFalse();
	}

	@Test
	void csvQuotesFieldsWithCommasAndQuotes() {
		String csv = Csv.of(List.of("id", "name"),
				List.of(List.of("a", "x, \"y\""), java.util.Arrays.asList("b", null)));
		assertThat(csv).isEqualTo("id,name\r\na,\"x, \"\"y\"\"\"\r\nb,\r\n");
	}

}
