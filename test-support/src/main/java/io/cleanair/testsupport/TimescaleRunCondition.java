package io.cleanair.testsupport;

import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * In a TimescaleDB run ({@code -Daq.test.postgres=timescaledb}) on a machine with no
 * TimescaleDB to give it, skips every test class and says why, once. Registered through
 * JUnit's extension auto-detection, which only that run switches on.
 */
public final class TimescaleRunCondition implements ExecutionCondition {

	private static final Logger log = LoggerFactory.getLogger(TimescaleRunCondition.class);

	private static final AtomicBoolean told = new AtomicBoolean();

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		return TestInfrastructure.timescaleMissing().map(reason -> {
			if (told.compareAndSet(false, true)) {
				log.warn(reason);
			}
			return ConditionEvaluationResult.disabled(reason);
		})
			.orElseGet(() -> ConditionEvaluationResult
				.enabled("TimescaleDB is available, or this is not a TimescaleDB run"));
	}

}
