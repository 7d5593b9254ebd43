package io.cleanair.portal.api;

import org.hibernate.validator.constraints.Range;

/**
 * {@code ?page=&size=} of a list: {@code page} from 0 (default 0), {@code size} 1..500
 * (default 100).
 */
record PageRequest(
		@Range(min = 0, max = 1_000_000, message = "must be {min}..{max}, was ${validatedValue}") Integer page,
		@Range(min = 1, max = PublicApiController.MAX_PAGE_SIZE,
				message = "must be {min}..{max}, was ${validatedValue}") Integer size) {

	int pageOrFirst() {
		return page == null ? 0 : page;
	}

	int sizeOrDefault() {
		return size == null ? 100 : size;
	}
}
