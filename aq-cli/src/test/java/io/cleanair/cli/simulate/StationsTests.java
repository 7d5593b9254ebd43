package io.cleanair.cli.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StationsTests {

	@TempDir
	Path dir;

	@Test
	void generatedStationsSpreadRoundRobinOverTheDistricts() {
		List<SimulatedStation> stations = Stations.generated(5, 2, 1);
		assertThat(stations).extracting(SimulatedStation::id)
			.containsExactly("st-001", "st-002", "st-003", "st-004", "st-005");
		assertThat(stations).extracting(SimulatedStation::districtId)
			.containsExactly("d-01", "d-02", "d-01", "d-02", "d-01");
		assertThat(stations).allSatisfy(s -> assertThat(s.latitude()).isBetween(39.6, 40.2));
	}

	@Test
	void moreDistrictsThanStationsIsRefused() {
		assertThatThrownBy(() -> Stations.generated(2, 3, 1)).hasMessageContaining("no more districts than stations");
	}

	@Test
	void fileColumnsAreFoundByTheirHeader() throws IOException {
		Path file = Files.writeString(dir.resolve("s.csv"), """
				districtId,id,name,kind,longitude,latitude
				dongcheng,dongsi,Dongsi 东四,national,116.417,39.929
				""");
		assertThat(Stations.fromFile(file))
			.containsExactly(new SimulatedStation("dongsi", "Dongsi 东四", "dongcheng", "NATIONAL", 39.929, 116.417));
	}

	@Test
	void aFileWithoutAColumnNamesIt() throws IOException {
		Path file = Files.writeString(dir.resolve("s.csv"), "id,name,districtId,latitude,longitude\n");
		assertThatThrownBy(() -> Stations.fromFile(file)).hasMessageEndingWith("line 1: missing column 'kind'");
	}

}
