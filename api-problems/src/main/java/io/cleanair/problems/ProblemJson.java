package io.cleanair.problems;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * A problem's JSON for answers written outside a controller (an error handler, a
 * firewall, the HTTP codec), where no message writer is at hand.
 */
public final class ProblemJson {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ProblemJson() {
	}

	/** The problem of {@code type} with its own status. */
	public static byte[] of(ProblemType type, String detail, String instance) {
		return of(type, type.status().value(), detail, instance);
	}

	public static byte[] of(ProblemType type, int status, String detail, String instance) {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", type.uri().toString());
		problem.put("title", type.title());
		problem.put("status", status);
		problem.put("detail", detail);
		if (instance != null) {
			problem.put("instance", instance);
		}
		return JSON.writeValueAsString(problem).getBytes(StandardCharsets.UTF_8);
	}

}
