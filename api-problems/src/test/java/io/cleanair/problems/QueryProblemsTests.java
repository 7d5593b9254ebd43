package io.cleanair.problems;

import java.util.List;
import java.util.Optional;

import jakarta.validation.ConstraintValidatorContext;
import org.junit.jupiter.api.Test;
import org.springframework.validation.FieldError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The first bad parameter in the order of the record; a cross-parameter fault reported on
 * its parameter as written.
 */
class QueryProblemsTests {

	record Query(String scope, String id, String from, String to) {
	}

	@Test
	void errorsComeInTheOrderTheRecordDeclaresItsComponents() {
		List<FieldError> errors = List.of(error("to"), error("unknown"), error("id"), error("from"), error("id"));
		assertThat(QueryProblems.inDeclarationOrder(Query.class, errors)).extracting(FieldError::getField)
			.containsExactly("id", "id", "from", "to", "unknown");
	}

	@Test
	void aFaultIsReportedOnItsParameterWordForWord() {
		ConstraintValidatorContext context = mock(ConstraintValidatorContext.class);
		ConstraintValidatorContext.ConstraintViolationBuilder builder = mock(
				ConstraintValidatorContext.ConstraintViolationBuilder.class);
		ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext node = mock(
				ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext.class);
		when(context.buildConstraintViolationWithTemplate(anyString())).thenReturn(builder);
		when(builder.addPropertyNode(anyString())).thenReturn(node);
		CrossChecked.Query query = () -> CrossChecked.Fault.of("from", "must not be after 'to' {x} $y");

		assertThat(new CrossChecked.Check().isValid(query, context)).isFalse();
		verify(context).buildConstraintViolationWithTemplate("must not be after 'to' \\{x\\} \\$y");
		verify(builder).addPropertyNode("from");
		verify(node).addConstraintViolation();
		assertThat(new CrossChecked.Check().isValid(Optional::empty, context)).isTrue();
	}

	private static FieldError error(String field) {
		return new FieldError("query", field, "bad");
	}

}
