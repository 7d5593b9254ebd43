package io.cleanair.cli.simulate;

import java.util.Map;
import java.util.TreeMap;

/**
 * What ingest-service answered for one batch: how many it accepted, and the rejections by
 * code.
 */
public record IngestResult(int accepted, Map<String, Integer> rejectedByCode) {

	public IngestResult {
		rejectedByCode = Map.copyOf(rejectedByCode);
	}

	public int rejected() {
		return rejectedByCode.values().stream().mapToInt(Integer::intValue).sum();
	}

	/**
	 * Codes in alphabetical order, e.g. {@code UNKNOWN_POLLUTANT 1, VALUE_NEGATIVE 2}.
	 */
	public String rejectionSummary() {
		StringBuilder text = new StringBuilder();
		new TreeMap<>(rejectedByCode)
			.forEach((code, count) -> text.append(text.isEmpty() ? "" : ", ").append(code).append(' ').append(count));
		return text.toString();
	}
}
