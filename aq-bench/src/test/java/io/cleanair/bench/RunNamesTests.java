package io.cleanair.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RunNamesTests {

	final RunNames names = RunNames.of("bench-x1", 2, 2);

	@Test
	void everyNameStartsWithTheRunAndEachAlertStationHasItsOwnDistrict() {
		assertThat(names.loadStations()).containsExactly("bench-x1-s0000", "bench-x1-s0001");
		assertThat(names.alertStations()).containsExactly("bench-x1-alert-0000", "bench-x1-alert-0001");
		assertThat(names.alertDistricts()).containsExactly("bench-x1-zone-0000", "bench-x1-zone-0001");
		assertThat(names.allStations()).hasSize(5).contains("bench-x1-m");
	}

	@Test
	void theAlertStationIsFoundInTheSmsTextButNotTheDistrict() {
		String text = "[AQ WARNING] bench-x1-zone-0001: heavy pollution, PM2_5 at bench-x1-alert-0001. Incident 1a2b";
		var m = names.alertStation().matcher(text);
		assertThat(m.find()).isTrue();
		assertThat(m.group()).isEqualTo("bench-x1-alert-0001");
	}

}
