package io.cleanair.health;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.Health;

/**
 * Asks the cluster to describe itself through one long-lived admin client: the brokers
 * the service's producers and consumers reach answer, or the probe fails.
 */
class KafkaProbe implements Supplier<Health>, DisposableBean {

	private final Map<String, Object> configuration;

	private final Duration timeout;

	private volatile AdminClient admin;

	KafkaProbe(Map<String, Object> configuration, Duration timeout) {
		this.configuration = new HashMap<>(configuration);
		this.configuration.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
		this.configuration.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
		this.timeout = timeout;
	}

	@Override
	public Health get() {
		try {
			DescribeClusterResult cluster = admin()
				.describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout.toMillis()));
			int brokers = cluster.nodes().get(timeout.toMillis(), TimeUnit.MILLISECONDS).size();
			return Health.up().withDetail("brokers", brokers).build();
		}
		catch (ExecutionException | TimeoutException ex) {
			Throwable cause = ex instanceof ExecutionException && ex.getCause() != null ? ex.getCause() : ex;
			return Health.down().withDetail("error", cause.getClass().getSimpleName()).build();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Health.unknown().build();
		}
	}

	private AdminClient admin() {
		if (admin == null) {
			admin = AdminClient.create(configuration);
		}
		return admin;
	}

	@Override
	public void destroy() {
		if (admin != null) {
			admin.close(Duration.ZERO);
		}
	}

}
