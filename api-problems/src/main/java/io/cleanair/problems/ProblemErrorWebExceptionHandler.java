package io.cleanair.problems;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.ErrorResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * What no controller advice answered (a failure in a web filter, an endpoint outside the
 * controllers) is still a problem from the catalogue, in place of Spring Boot's default
 * error JSON: the type its status stands for, an {@link ApiProblem}'s own type, and for a
 * 5xx a detail that says no more than is safe.
 */
public class ProblemErrorWebExceptionHandler implements ErrorWebExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemErrorWebExceptionHandler.class);

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
		ServerHttpResponse response = exchange.getResponse();
		if (response.isCommitted()) {
			return Mono.error(error);
		}
		HttpStatusCode status = statusOf(error);
		ProblemType type = error instanceof ApiProblem problem ? problem.type() : ProblemType.forStatus(status.value());
		String detail;
		if (status.is5xxServerError() && !(error instanceof ApiProblem)) {
			log.error("{} {} failed", exchange.getRequest().getMethod(), exchange.getRequest().getPath(), error);
			detail = "The request could not be completed.";
		}
		else {
			detail = detailOf(error);
		}
		response.setStatusCode(status);
		if (error instanceof ErrorResponse answer) {
			response.getHeaders().addAll(answer.getHeaders());
		}
		response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		byte[] body = ProblemJson.of(type, status.value(), detail, exchange.getRequest().getPath().value());
		return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
	}

	private static HttpStatusCode statusOf(Throwable error) {
		if (error instanceof ApiProblem problem) {
			return problem.type().status();
		}
		if (error instanceof ErrorResponse answer) {
			return answer.getStatusCode();
		}
		return HttpStatusCode.valueOf(500);
	}

	private static String detailOf(Throwable error) {
		if (error instanceof ErrorResponse answer && answer.getBody().getDetail() != null) {
			return answer.getBody().getDetail();
		}
		return error.getMessage();
	}

}
