package io.cleanair.alert.delivery;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import io.cleanair.alert.delivery.channel.Attempt;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every attempt at every notification ({@code delivery_attempt}), numbered per
 * notification across dispatch runs; written in the dispatching transaction, which holds
 * the notification's row lock.
 */
@Repository
public class DeliveryAttempts {

	private final JdbcClient jdbc;

	DeliveryAttempts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Where one dispatch of {@code n} writes its attempts; counts those that reached the
	 * provider.
	 */
	Log logFor(Notification n) {
		return new Log(n);
	}

	void record(Notification n, Attempt a) {
		jdbc.sql(
				"""
						INSERT INTO delivery_attempt (notification_id, attempt, channel, provider, idempotency_key, started_at,
						  finished_at, outcome, answer)
						SELECT :id, coalesce(max(attempt), 0) + 1, :channel, :provider, :key, :started, :finished, :outcome, :answer
						FROM delivery_attempt WHERE notification_id = :id
						""")
			.param("id", n.id())
			.param("channel", n.channel().name())
			.param("provider", a.provider())
			.param("key", n.providerKey())
			.param("started", Timestamp.from(a.startedAt()))
			.param("finished", Timestamp.from(a.finishedAt()))
			.param("outcome", a.outcome().name())
			.param("answer", a.answer())
			.update();
	}

	/** The attempts at each of the notifications, in order. */
	public Map<UUID, List<Recorded>> of(Collection<UUID> notifications) {
		if (notifications.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("""
				SELECT * FROM delivery_attempt WHERE notification_id = ANY(:ids) ORDER BY notification_id, attempt
				""")
			.param("ids", notifications.toArray(UUID[]::new))
			.query((rs, row) -> new Recorded(rs.getObject("notification_id", UUID.class), rs.getInt("attempt"),
					rs.getString("provider"), rs.getString("idempotency_key"),
					rs.getTimestamp("started_at").toInstant(), rs.getTimestamp("finished_at").toInstant(),
					Attempt.Outcome.valueOf(rs.getString("outcome")), rs.getString("answer")))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Recorded::notificationId, Collectors.toList()));
	}

	/** An attempt as stored. */
	public record Recorded(UUID notificationId, int attempt, String provider, String idempotencyKey,
			java.time.Instant startedAt, java.time.Instant finishedAt, Attempt.Outcome outcome, String answer) {
	}

	/** The attempts of one dispatch of one notification. */
	final class Log implements Consumer<Attempt> {

		private final Notification notification;

		private int reachedProvider;

		private Log(Notification notification) {
			this.notification = notification;
		}

		@Override
		public void accept(Attempt attempt) {
			record(notification, attempt);
			if (attempt.outcome().reachedProvider()) {
				reachedProvider++;
			}
		}

		/**
		 * The notification's attempts that reached the provider, this dispatch's
		 * included.
		 */
		int attempts() {
			return notification.attempts() + reachedProvider;
		}

	}

}
