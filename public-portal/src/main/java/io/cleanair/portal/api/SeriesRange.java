package io.cleanair.portal.api;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.function.BiPredicate;

import io.cleanair.problems.CrossChecked;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The {@code ?from=&to=} of a series, each optional (the controller fills in the
 * default); when both are given {@code from} comes first and the range is bounded.
 */
final class SeriesRange {

	private SeriesRange() {
	}

	/** A station's hours: [from, to), at most {@link PublicApiController#MAX_HOURS}. */
	@CrossChecked
	record Hours(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to) implements CrossChecked.Query {

		@Override
		public Optional<CrossChecked.Fault> fault() {
			return check(from, to, (f, t) -> f.toInstant().isBefore(t.toInstant()), "must be before 'to'",
					(f, t) -> Duration.between(f, t).compareTo(PublicApiController.MAX_HOURS) > 0,
					"is more than 31 days after 'from'");
		}
	}

	/**
	 * A district's days: [from, to] inclusive, at most
	 * {@link PublicApiController#MAX_DAYS}.
	 */
	@CrossChecked
	record Days(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) implements CrossChecked.Query {

		@Override
		public Optional<CrossChecked.Fault> fault() {
			return check(from, to, (f, t) -> !t.isBefore(f), "must not be after 'to'",
					(f, t) -> f.plusDays(PublicApiController.MAX_DAYS - 1).isBefore(t),
					"is more than 366 days after 'from'");
		}
	}

	/**
	 * Nothing to say unless both are given; then {@code from} must be in order, the range
	 * not too long.
	 */
	private static <T> Optional<CrossChecked.Fault> check(T from, T to, BiPredicate<T, T> inOrder, String notInOrder,
			BiPredicate<T, T> tooLong, String longerThanAllowed) {
		if (from == null || to == null) {
			return Optional.empty();
		}
		if (!inOrder.test(from, to)) {
			return CrossChecked.Fault.of("from", notInOrder);
		}
		return tooLong.test(from, to) ? CrossChecked.Fault.of("to", longerThanAllowed) : Optional.empty();
	}

}
