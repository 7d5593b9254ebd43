package io.cleanair.problems;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Optional;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A query record whose parameters must agree with each other ({@code from} before
 * {@code to}, a bounded range): the record says which parameter is at fault, and why,
 * through {@link Query#fault()}; the violation is reported on that parameter, so
 * {@link QueryProblems} names it.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CrossChecked.Check.class)
public @interface CrossChecked {

	String message() default "parameters that do not agree";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Parameters checked together. */
	interface Query {

		/**
		 * The first parameter at fault; empty when they agree, or when one is absent
		 * (that is its own constraint's).
		 */
		Optional<Fault> fault();

	}

	/**
	 * @param detail what is wrong, e.g. "must be before 'to'"
	 */
	record Fault(String parameter, String detail) {

		public static Optional<Fault> of(String parameter, String detail) {
			return Optional.of(new Fault(parameter, detail));
		}
	}

	class Check implements ConstraintValidator<CrossChecked, Query> {

		@Override
		public boolean isValid(Query query, ConstraintValidatorContext context) {
			Optional<Fault> fault = query.fault();
			if (fault.isEmpty()) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(literal(fault.get().detail()))
				.addPropertyNode(fault.get().parameter())
				.addConstraintViolation();
			return false;
		}

		/** The detail as a message template that interpolates to itself. */
		private static String literal(String detail) {
			return detail.replaceAll("([\\\\{}$])", "\\\\$1");
		}

	}

}
