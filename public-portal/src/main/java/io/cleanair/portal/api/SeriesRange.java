package io.cleanair.portal.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The {@code ?from=&to=} of a series, each optional (the controller fills in the default); when both are
 * given {@code from} comes first and the range is bounded.
 */
final class SeriesRange {

	private SeriesRange() {
	}

	/** A station's hours: [from, to), at most {@link PublicApiController#MAX_HOURS}. */
	@Checked
	record Hours(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to) {
	}

	/** A district's days: [from, to] inclusive, at most {@link PublicApiController#MAX_DAYS}. */
	@Checked
	record Days(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
	}

	@Documented
	@Target(ElementType.TYPE)
	@Retention(RetentionPolicy.RUNTIME)
	@Constraint(validatedBy = { Checked.HoursCheck.class, Checked.DaysCheck.class })
	@interface Checked {

		String message() default "is not a valid range";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

		class HoursCheck implements ConstraintValidator<Checked, Hours> {

			@Override
			public boolean isValid(Hours range, ConstraintValidatorContext context) {
				if (range.from() == null || range.to() == null) {
					return true;
				}
				if (!range.from().toInstant().isBefore(range.to().toInstant())) {
					return violation(context, "from", "must be before 'to'");
				}
				if (Duration.between(range.from(), range.to()).compareTo(PublicApiController.MAX_HOURS) > 0) {
					return violation(context, "to", "is more than 31 days after 'from'");
				}
				return true;
			}
		}

		class DaysCheck implements ConstraintValidator<Checked, Days> {

			@Override
			public boolean isValid(Days range, ConstraintValidatorContext context) {
				if (range.from() == null || range.to() == null) {
					return true;
				}
				if (range.to().isBefore(range.from())) {
					return violation(context, "from", "must not be after 'to'");
				}
				if (range.from().plusDays(PublicApiController.MAX_DAYS - 1).isBefore(range.to())) {
					return violation(context, "to", "is more than 366 days after 'from'");
				}
				return true;
			}
		}
	}

	private static boolean violation(ConstraintValidatorContext context, String parameter, String message) {
		context.disableDefaultConstraintViolation();
		context.buildConstraintViolationWithTemplate(message).addPropertyNode(parameter).addConstraintViolation();
		return false;
	}
}
