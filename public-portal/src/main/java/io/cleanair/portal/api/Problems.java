package io.cleanair.portal.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** The answers every endpoint may give besides 200, for the OpenAPI document. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ApiResponse(responseCode = "304", description = "If-None-Match named the current ETag")
@ApiResponse(responseCode = "400", description = "a bad parameter (type https://cleanair.io/problems/bad-parameter)",
		content = @Content(mediaType = "application/problem+json"))
@ApiResponse(responseCode = "404",
		description = "no such station or district (type https://cleanair.io/problems/not-found)",
		content = @Content(mediaType = "application/problem+json"))
@ApiResponse(responseCode = "429",
		description = "too many requests from this address; see Retry-After"
				+ " (type https://cleanair.io/problems/rate-limited)",
		content = @Content(mediaType = "application/problem+json"))
@interface Problems {

}
