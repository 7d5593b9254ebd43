package io.cleanair.problems;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ResponseStatusException;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemTypeTests {

	@Test
	void everyTypeLivesUnderTheOneBaseAndIsUnique() {
		assertThat(ProblemType.values()).allSatisfy(t -> assertThat(t.uri().toString()).startsWith(ProblemType.BASE));
		assertThat(Arrays.stream(ProblemType.values()).map(ProblemType::slug)).doesNotHaveDuplicates();
	}

	@Test
	void aBareStatusGetsTheTypeItStandsFor() {
		assertThat(ProblemType.forStatus(404)).isEqualTo(ProblemType.NOT_FOUND);
		assertThat(ProblemType.forStatus(400)).isEqualTo(ProblemType.BAD_PARAMETER);
		assertThat(ProblemType.forStatus(502)).isEqualTo(ProblemType.INTERNAL_ERROR);
		assertThat(ProblemType.forStatus(418)).isEqualTo(ProblemType.BAD_REQUEST);
	}

	@Test
	void aFrameworkErrorIsAnsweredWithATypeNotAboutBlank() {
		var exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/anything"));
		var answer = new ProblemHandler()
			.handleException(new ResponseStatusException(HttpStatus.NOT_FOUND, "no such thing"), exchange)
			.block();
		ProblemDetail problem = (ProblemDetail) answer.getBody();
		assertThat(problem.getType()).isEqualTo(ProblemType.NOT_FOUND.uri());
		assertThat(problem.getTitle()).isEqualTo("Not found");
		assertThat(problem.getDetail()).isEqualTo("no such thing");
	}

	@Test
	void anApiProblemCarriesItsTypeAndMembers() {
		var answer = new ProblemHandler().apiProblem(ApiProblem.badParameter("limit", "must be 1..1000"));
		assertThat(answer.getStatusCode().value()).isEqualTo(400);
		assertThat(answer.getBody().getType().toString()).isEqualTo("https://cleanair.io/problems/bad-parameter");
		assertThat(answer.getBody().getProperties()).containsEntry("parameter", "limit");
	}

}
