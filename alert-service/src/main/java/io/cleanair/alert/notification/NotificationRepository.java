package io.cleanair.alert.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outbox: a notification is stored before it is sent, and its outcome recorded after. */
@Repository
class NotificationRepository {

	private final JdbcClient jdbc;

	NotificationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores a new notification; false when one for the same condition, official and channel exists. */
	boolean insertIfNew(Notification n) {
		return jdbc.sql("""
				INSERT INTO notification (id, deduplication_key, signal_id, official_id, channel, recipient, subject,
				  body, status, attempts, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?)
				ON CONFLICT (deduplication_key, official_id, channel) DO NOTHING
				""")
			.params(n.id(), n.deduplicationKey(), n.signalId(), n.officialId(), n.channel().name(), n.recipient(),
					n.subject(), n.body(), Timestamp.from(n.createdAt()))
			.update() == 1;
	}

	/** Locks up to {@code limit} sendable notifications; other instances skip the locked rows. */
	List<Notification> lockPending(int maxAttempts, int limit) {
		return jdbc.sql("""
				SELECT * FROM notification
				WHERE status IN ('PENDING', 'FAILED') AND attempts < ?
				ORDER BY created_at LIMIT ? FOR UPDATE SKIP LOCKED
				""").params(maxAttempts, limit).query(NotificationRepository::map).list();
	}

	void markSent(UUID id, String result, Instant at) {
		jdbc.sql("UPDATE notification SET status = 'SENT', attempts = attempts + 1, last_result = ?, sent_at = ? WHERE id = ?")
			.params(result, Timestamp.from(at), id)
			.update();
	}

	void markFailed(UUID id, String result) {
		jdbc.sql("UPDATE notification SET status = 'FAILED', attempts = attempts + 1, last_result = ? WHERE id = ?")
			.params(result, id)
			.update();
	}

	List<Notification> recent(int limit) {
		return jdbc.sql("SELECT * FROM notification ORDER BY created_at DESC LIMIT ?")
			.param(limit)
			.query(NotificationRepository::map)
			.list();
	}

	private static Notification map(ResultSet rs, int row) throws SQLException {
		Timestamp sent = rs.getTimestamp("sent_at");
		return new Notification(rs.getObject("id", UUID.class), rs.getString("deduplication_key"),
				rs.getObject("signal_id", UUID.class), rs.getString("official_id"),
				Notification.Channel.valueOf(rs.getString("channel")), rs.getString("recipient"),
				rs.getString("subject"), rs.getString("body"), Notification.Status.valueOf(rs.getString("status")),
				rs.getInt("attempts"), rs.getString("last_result"), rs.getTimestamp("created_at").toInstant(),
				sent == null ? null : sent.toInstant());
	}
}
