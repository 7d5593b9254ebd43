package io.cleanair.portal.api;

import java.util.List;
import java.util.Locale;

import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * JSON or CSV: {@code ?format=csv|json} wins, then {@code Accept: text/csv}; JSON
 * otherwise.
 */
enum Format {

	JSON("application/json"), CSV("text/csv;charset=UTF-8");

	static final MediaType TEXT_CSV = MediaType.parseMediaType("text/csv");

	private final String contentType;

	Format(String contentType) {
		this.contentType = contentType;
	}

	String contentType() {
		return contentType;
	}

	static Format of(ServerHttpRequest request) {
		String format = request.getQueryParams().getFirst("format");
		if (format != null) {
			return switch (format.trim().toLowerCase(Locale.ROOT)) {
				case "csv" -> CSV;
				case "json" -> JSON;
				default -> throw new BadParameterException("format", "must be 'json' or 'csv', was '" + format + "'");
			};
		}
		List<MediaType> accept = request.getHeaders().getAccept();
		boolean csv = accept.stream().anyMatch(m -> m.isCompatibleWith(TEXT_CSV) && !m.isWildcardType());
		boolean json = accept.stream()
			.anyMatch(m -> m.isCompatibleWith(MediaType.APPLICATION_JSON) && !m.isWildcardType());
		return csv && !json ? CSV : JSON;
	}

}
