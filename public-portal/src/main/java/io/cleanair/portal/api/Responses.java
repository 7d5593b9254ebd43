package io.cleanair.portal.api;

import java.time.Duration;
import java.util.List;

import io.cleanair.portal.view.Rendered;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * A rendered body as a cacheable answer: ETag, Cache-Control, and 304 when
 * {@code If-None-Match} matches.
 */
public final class Responses {

	/**
	 * The latest figures change at most once an hour, but corrections arrive any time: a
	 * short max-age.
	 */
	public static final CacheControl LATEST = CacheControl.maxAge(Duration.ofSeconds(30)).cachePublic();

	public static final CacheControl SERIES = CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic();

	private Responses() {
	}

	public static ResponseEntity<byte[]> send(ServerHttpRequest request, Rendered r, CacheControl cache) {
		if (matches(request.getHeaders().getIfNoneMatch(), r.etag())) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
				.eTag(r.etag())
				.cacheControl(cache)
				.header(HttpHeaders.VARY, "Accept")
				.build();
		}
		return ResponseEntity.ok()
			.eTag(r.etag())
			.cacheControl(cache)
			.header(HttpHeaders.VARY, "Accept")
			.header(HttpHeaders.CONTENT_TYPE, r.contentType())
			.body(r.body());
	}

	static boolean matches(List<String> ifNoneMatch, String etag) {
		for (String candidate : ifNoneMatch) {
			String c = candidate.trim();
			if (c.equals("*") || c.equals(etag) || c.equals("W/" + etag)) {
				return true;
			}
		}
		return false;
	}

}
