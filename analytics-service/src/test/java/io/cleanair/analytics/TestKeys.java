package io.cleanair.analytics;

import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The admin credential the integration tests start analytics with, and a client that
 * sends it.
 */
public final class TestKeys {

	public static final String ADMIN_KEY = "analytics-test-admin-key";

	public static final String ADMIN_PROPERTY = "aq.security.admin-key=" + ADMIN_KEY;

	private TestKeys() {
	}

	public static WebTestClient asAdmin(WebTestClient web) {
		return web.mutate().defaultHeader("Authorization", "Bearer " + ADMIN_KEY).build();
	}

}
