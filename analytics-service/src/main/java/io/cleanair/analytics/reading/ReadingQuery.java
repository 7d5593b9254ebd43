package io.cleanair.analytics.reading;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * {@code GET /api/v1/stations/{id}/readings} parameters: [from, to), {@code to} now and {@code from} a day
 * before {@code to} by default; {@code from} before {@code to}, at most {@link #MAX_RANGE} apart.
 */
@ReadingQuery.Checked
record ReadingQuery(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to) {

	static final Duration DEFAULT_RANGE = Duration.ofDays(1);

	static final Duration MAX_RANGE = Duration.ofDays(31);

	Instant end(Instant now) {
		return to == null ? now : to.toInstant();
	}

	Instant start(Instant end) {
		return from == null ? end.minus(DEFAULT_RANGE) : from.toInstant();
	}

	@Documented
	@Target(ElementType.TYPE)
	@Retention(RetentionPolicy.RUNTIME)
	@Constraint(validatedBy = Checked.Check.class)
	@interface Checked {

		String message() default "is not a valid range";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

		class Check implements ConstraintValidator<Checked, ReadingQuery> {

			@Override
			public boolean isValid(ReadingQuery query, ConstraintValidatorContext context) {
				Instant end = query.end(Instant.now());
				Instant start = query.start(end);
				if (!start.isBefore(end)) {
					return violation(context, "from", "must be before 'to'");
				}
				if (Duration.between(start, end).compareTo(MAX_RANGE) > 0) {
					return violation(context, "to", "gives a range longer than " + MAX_RANGE.toDays() + " days");
				}
				return true;
			}

			private static boolean violation(ConstraintValidatorContext context, String parameter, String message) {
				context.disableDefaultConstraintViolation();
				context.buildConstraintViolationWithTemplate(message).addPropertyNode(parameter).addConstraintViolation();
				return false;
			}
		}
	}
}
