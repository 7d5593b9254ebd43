package io.cleanair.alert.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import com.icegreen.greenmail.util.GreenMail;
import com.zaxxer.hikari.HikariDataSource;
import io.cleanair.alert.config.AlertProperties;
import io.cleanair.alert.delivery.channel.EmailChannel;
import io.cleanair.alert.delivery.channel.SmsChannel;
import io.cleanair.alert.support.AlertIntegrationTest;
import io.cleanair.alert.support.StubSmsGateway;
import io.cleanair.core.alerting.Channel;
import io.cleanair.core.alerting.NoticeKind;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two dispatchers — the service's own and a second one with a connection pool of its own,
 * as another instance would have — drain one outbox at the same time; every notification
 * is sent exactly once.
 */
@AlertIntegrationTest
@TestPropertySource(
		properties = { "aq.alert.dispatch.enabled=false", "aq.alert.resilience.sms.rate-limiter.limit-for-period=10000",
				"aq.alert.resilience.email.rate-limiter.limit-for-period=10000" })
class TwoDispatchersIT {

	static final int EACH = 100;

	@Autowired
	GreenMail smtp;

	@Autowired
	StubSmsGateway gateway;

	@Autowired
	NotificationDispatcher dispatcher;

	@Autowired
	NotificationRepository outbox;

	@Autowired
	EmailChannel email;

	@Autowired
	SmsChannel sms;

	@Autowired
	FailedDelivery failures;

	@Autowired
	AlertProperties properties;

	@Autowired
	Clock clock;

	@Autowired
	JdbcClient jdbc;

	@Value("${spring.datasource.url}")
	String url;

	@Value("${spring.datasource.username}")
	String user;

	@Value("${spring.datasource.password}")
	String password;

	@Test
	void twoDispatchersNeverSendTheSameNotification() throws Exception {
		Instant now = clock.instant();
		Set<UUID> ids = new HashSet<>();
		for (int i = 0; i < EACH; i++) {
			for (Channel channel : Channel.values()) {
				UUID id = UUID.randomUUID();
				ids.add(id);
				outbox.insertIfNew(new Notification(id, null, NoticeKind.ALERT, 0,
						"two-dispatchers:" + i + ":" + channel, "K" + i, null, "official-" + i, channel,
						channel == Channel.EMAIL ? "o" + i + "@example.org" : "+86138" + (10000000 + i), "Alert " + i,
						"Body " + i, null, Notification.Status.PENDING, 0, null, null, null, now, now, null));
			}
		}

		try (HikariDataSource otherPool = new HikariDataSource()) {
			otherPool.setJdbcUrl(url);
			otherPool.setUsername(user);
			otherPool.setPassword(password);
			otherPool.setSchema("alert");
			NotificationDispatcher other = new NotificationDispatcher(
					new NotificationRepository(JdbcClient.create(otherPool)), email, sms, failures,
					new TransactionTemplate(new DataSourceTransactionManager(otherPool)), properties, clock,
					new DeliveryMetrics(new io.micrometer.core.instrument.simple.SimpleMeterRegistry()),
					new DeliveryAttempts(JdbcClient.create(otherPool)));
			CountDownLatch start = new CountDownLatch(1);
			CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> await(start, dispatcher));
			CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> await(start, other));
			start.countDown();
			int byA = a.get();
			int byB = b.get();
			assertThat(byA + byB).isEqualTo(2 * EACH);
			assertThat(byA).as("the first dispatcher sent some").isPositive();
			assertThat(byB).as("the second dispatcher sent some").isPositive();
		}

		List<String> mailed = new ArrayList<>();
		for (MimeMessage m : smtp.getReceivedMessages()) {
			mailed.add(m.getHeader("X-AQ-Notification")[0]);
		}
		List<String> texted = gateway.requests()
			.stream()
			.map(r -> r.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1"))
			.toList();
		assertThat(mailed).hasSize(EACH).doesNotHaveDuplicates();
		assertThat(texted).hasSize(EACH).doesNotHaveDuplicates();
		Set<String> all = new HashSet<>(mailed);
		all.addAll(texted);
		assertThat(all).isEqualTo(ids.stream().map(UUID::toString).collect(java.util.stream.Collectors.toSet()));
		assertThat(jdbc.sql("SELECT count(*) FROM notification WHERE status = 'SENT' AND attempts = 1")
			.query(Integer.class)
			.single()).isEqualTo(2 * EACH);
		assertThat(Arrays.stream(smtp.getReceivedMessages()).count()).isEqualTo(EACH);
	}

	private static int await(CountDownLatch start, NotificationDispatcher d) {
		try {
			start.await();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		return d.dispatchPending();
	}

}
