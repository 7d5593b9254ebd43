package io.cleanair.opschecks;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PromQlMetricsTests {

	@Test
	void metricNamesWithoutFunctionsLabelsOrDurations() {
		assertThat(
				PromQlMetrics.in("histogram_quantile(0.95, sum by (le) (rate(aq_ingest_publish_latency_seconds_bucket"
						+ "{application=~\"$service\"}[$__rate_interval])))"))
			.containsExactly("aq_ingest_publish_latency_seconds_bucket");
		assertThat(
				PromQlMetrics.in("max by (application, client_id) (kafka_consumer_fetch_manager_records_lag_max) > 1000"
						+ " and max by (application) (deriv(kafka_consumer_fetch_manager_records_lag_max[10m])) > 0"))
			.containsExactly("kafka_consumer_fetch_manager_records_lag_max");
		assertThat(PromQlMetrics.in("sum(rate(a_sum[5m])) / sum(rate(a_count[5m]))")).containsExactly("a_sum",
				"a_count");
		assertThat(PromQlMetrics.in("up{job=~\"ingest-service|x\"} == 0")).containsExactly("up");
	}

}
