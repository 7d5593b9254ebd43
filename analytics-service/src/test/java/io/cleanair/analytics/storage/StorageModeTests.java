package io.cleanair.analytics.storage;

import java.time.Duration;

import io.cleanair.analytics.config.AnalyticsProperties;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class StorageModeTests {

	@Test
	void aRetentionShorterThanTheCorrectionWindowPlusAChunkDoesNotStart() {
		assertThatIllegalStateException().isThrownBy(() -> StorageMode.checkRetention(storage("P400D")))
			.withMessageContaining("correction window of 400 days plus a chunk of 7 days");
	}

	@Test
	void fiveYearsOfRawReadingsCoverTheCorrectionWindow() {
		assertThatCode(() -> StorageMode.checkRetention(storage("P1825D"))).doesNotThrowAnyException();
		assertThatCode(() -> StorageMode.checkRetention(storage("P407D"))).doesNotThrowAnyException();
	}

	private static AnalyticsProperties.Storage storage(String retention) {
		return new AnalyticsProperties.Storage(Duration.parse("P7D"), Duration.parse("P30D"), Duration.parse(retention),
				Duration.parse("P400D"), Duration.ofMinutes(1));
	}

}
