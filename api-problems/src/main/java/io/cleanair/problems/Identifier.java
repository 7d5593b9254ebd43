package io.cleanair.problems;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The value, when present, follows {@link Identifiers#PATTERN}; on a path variable, a
 * query field or a body field.
 */
@Documented
@Constraint(validatedBy = Identifier.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface Identifier {

	String message() default "must be an identifier: " + Identifiers.RULE;

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<Identifier, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || Identifiers.isIdentifier(value);
		}

	}

}
