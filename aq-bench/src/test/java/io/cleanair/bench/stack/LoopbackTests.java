package io.cleanair.bench.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LoopbackTests {

	@Test
	void localhostAndLoopbackAddressesAreTargets() {
		assertThat(Loopback.require("--ingest", "http://localhost:8081").getPort()).isEqualTo(8081);
		assertThat(Loopback.require("--influx", "http://127.0.0.1:8086")).isNotNull();
		assertThat(Loopback.requireJdbc("jdbc:postgresql://localhost:15432/postgres")).endsWith("/postgres");
	}

	@Test
	void anyOtherAddressIsRefused() {
		assertThatThrownBy(() -> Loopback.require("--ingest", "http://192.0.2.10:8081"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("loopback");
		assertThatThrownBy(() -> Loopback.requireJdbc("jdbc:postgresql://192.0.2.10:5432/aq"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("--jdbc-url");
	}

}
