package io.cleanair.analytics.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A query's inclusive dates {@code [from, to]}, with the most days it may cover. */
public interface DayRange {

	LocalDate from();

	LocalDate to();

	long maxDays();

	/** Said after "gives a range longer than n days", e.g. " for interval hour". */
	default String whyNoLonger() {
		return "";
	}

	/**
	 * {@code from} not after {@code to} and at most {@link DayRange#maxDays()} days; checked once both
	 * dates are there (their absence is their own constraint's).
	 */
	@Documented
	@Target(ElementType.TYPE)
	@Retention(RetentionPolicy.RUNTIME)
	@Constraint(validatedBy = Checked.Check.class)
	@interface Checked {

		String message() default "is not a valid range";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

		class Check implements ConstraintValidator<Checked, DayRange> {

			@Override
			public boolean isValid(DayRange range, ConstraintValidatorContext context) {
				LocalDate from = range.from();
				LocalDate to = range.to();
				if (from == null || to == null) {
					return true;
				}
				if (from.isAfter(to)) {
					return violation(context, "from", "must not be after 'to' (" + from + " > " + to + ")");
				}
				if (ChronoUnit.DAYS.between(from, to) + 1 > range.maxDays()) {
					return violation(context, "to",
							"gives a range longer than " + range.maxDays() + " days" + range.whyNoLonger());
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
