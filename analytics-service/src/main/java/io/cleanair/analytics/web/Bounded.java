package io.cleanair.analytics.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.LocalDate;

import io.cleanair.analytics.config.AnalyticsProperties;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A whole number in {@code min..max} ("must be 2000..2100, was 1999"); absent is fine.
 * {@link #THIS_YEAR} as {@code max} is the current year in the bureau's zone.
 */
@Documented
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Bounded.Check.class)
public @interface Bounded {

	/** As {@link #max}: the current year. */
	int THIS_YEAR = Integer.MAX_VALUE;

	int min();

	int max();

	String message() default "must be {min}..{max}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Check implements ConstraintValidator<Bounded, Integer> {

		private final Clock clock;

		private final AnalyticsProperties properties;

		private int min;

		private int max;

		Check(Clock clock, AnalyticsProperties properties) {
			this.clock = clock;
			this.properties = properties;
		}

		@Override
		public void initialize(Bounded bounded) {
			this.min = bounded.min();
			this.max = bounded.max();
		}

		@Override
		public boolean isValid(Integer value, ConstraintValidatorContext context) {
			int upper = max == THIS_YEAR ? LocalDate.now(clock.withZone(properties.zone())).getYear() : max;
			if (value == null || value >= min && value <= upper) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate("must be " + min + ".." + upper + ", was " + value)
				.addConstraintViolation();
			return false;
		}

	}

}
