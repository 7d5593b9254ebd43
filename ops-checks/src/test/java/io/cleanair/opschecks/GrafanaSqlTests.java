package io.cleanair.opschecks;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The expansion of Grafana's macros and variables the SQL check relies on. */
class GrafanaSqlTests {

	static final JsonNode DASHBOARD = JsonMapper.builder().build().readTree("""
			{"uid": "t", "templating": {"list": [
			  {"name": "district", "multi": true, "includeAll": true},
			  {"name": "pollutant", "multi": false, "current": {"value": "O3"}},
			  {"name": "year", "multi": false},
			  {"name": "kind", "multi": false, "current": {"value": "NATIONAL"}}]}}""");

	@Test
	void timeMacrosBecomeTheCheckedRange() {
		assertThat(
				GrafanaSql.expand("WHERE $__timeFilter(h.hour) AND x < $__timeTo() AND y > $__timeFrom()", DASHBOARD))
			.isEqualTo("WHERE h.hour BETWEEN '2025-01-01T00:00:00Z' AND " + GrafanaSql.TO + " AND x < " + GrafanaSql.TO
					+ " AND y > '2025-01-01T00:00:00Z'");
	}

	@Test
	void timeGroupsBecomeEpochBucketsNamedTime() {
		assertThat(GrafanaSql.expand("SELECT $__timeGroupAlias(h.hour + interval '1 year', $__interval), x", DASHBOARD))
			.isEqualTo("SELECT floor(extract(epoch from h.hour + interval '1 year')/3600)*3600 AS \"time\", x");
		assertThat(GrafanaSql.expand("GROUP BY $__timeGroup(created_at, '1d')", DASHBOARD))
			.isEqualTo("GROUP BY floor(extract(epoch from created_at)/86400)*86400");
	}

	@Test
	void multiValueVariablesAreQuotedListsSingleValuesAreInsertedAsTheyAre() {
		assertThat(
				GrafanaSql.expand("IN ($district) AND p = '${pollutant}' AND y = $year AND k = '[[kind]]'", DASHBOARD))
			.isEqualTo("IN ('dongcheng','xicheng') AND p = 'PM2_5' AND y = 2026 AND k = 'NATIONAL'");
	}

	@Test
	void anUndefinedVariableFailsTheCheck() {
		assertThatThrownBy(() -> GrafanaSql.expand("WHERE s = $stationz", DASHBOARD)).hasMessageContaining("$stationz");
	}

}
