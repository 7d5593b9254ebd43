package io.cleanair.alert.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.cleanair.core.alerting.Channel;
import io.cleanair.core.alerting.NoticeKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The outbox: a notification is stored before it is sent, and its outcome recorded after.
 */
@Repository
public class NotificationRepository {

	private final JdbcClient jdbc;

	NotificationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores a new notification; false when one with the same idempotency key exists. */
	public boolean insertIfNew(Notification n) {
		return jdbc.sql("""
				INSERT INTO notification (id, incident_id, kind, round, idempotency_key, deduplication_key, signal_id,
				  official_id, channel, recipient, subject, body, html_body, status, attempts, fallback_for, created_at,
				  not_before, updated_at)
				VALUES (:id, :incident, :kind, :round, :key, :dedup, :signal, :official, :channel, :recipient, :subject,
				  :body, :html, 'PENDING', 0, :fallbackFor, :created, :notBefore, :created)
				ON CONFLICT (idempotency_key) DO NOTHING
				""")
			.param("id", n.id())
			.param("incident", n.incidentId())
			.param("kind", n.kind().name())
			.param("round", n.round())
			.param("key", n.idempotencyKey())
			.param("dedup", n.deduplicationKey())
			.param("signal", n.signalId())
			.param("official", n.officialId())
			.param("channel", n.channel().name())
			.param("recipient", n.recipient())
			.param("subject", n.subject())
			.param("body", n.body())
			.param("html", n.htmlBody())
			.param("fallbackFor", n.fallbackFor())
			.param("created", Timestamp.from(n.createdAt()))
			.param("notBefore", Timestamp.from(n.notBefore()))
			.update() == 1;
	}

	/**
	 * Locks the oldest notification that is due; other instances skip locked rows, so no
	 * two dispatchers hold the same notification.
	 */
	Optional<Notification> lockNextDue(Instant now, Channel only) {
		return jdbc.sql("""
				SELECT * FROM notification WHERE status = 'PENDING' AND not_before <= ? AND (? OR channel = ?)
				ORDER BY not_before, created_at, channel DESC LIMIT 1 FOR UPDATE SKIP LOCKED
				""")
			.params(Timestamp.from(now), only == null, only == null ? "" : only.name())
			.query(NotificationRepository::map)
			.optional();
	}

	public Optional<Notification> findByKey(String idempotencyKey) {
		return jdbc.sql("SELECT * FROM notification WHERE idempotency_key = ?")
			.param(idempotencyKey)
			.query(NotificationRepository::map)
			.optional();
	}

	/**
	 * @param attempts the attempts that reached the provider so far (see
	 * {@link DeliveryAttempts})
	 */
	void markSent(UUID id, String provider, String result, int attempts, Instant at) {
		jdbc.sql("""
				UPDATE notification SET status = 'SENT', attempts = ?, provider = ?, last_result = ?,
				  sent_at = ?, updated_at = ? WHERE id = ?
				""").params(attempts, provider, result, Timestamp.from(at), Timestamp.from(at), id).update();
	}

	/** A failed dispatch that will be tried again at {@code next}. */
	void markRetry(UUID id, String provider, String result, int attempts, Instant next, Instant now) {
		jdbc.sql("""
				UPDATE notification SET attempts = ?, provider = ?, last_result = ?, not_before = ?,
				  updated_at = ? WHERE id = ?
				""").params(attempts, provider, result, Timestamp.from(next), Timestamp.from(now), id).update();
	}

	/** Not attempted (a rate limit): later, without counting an attempt. */
	void defer(UUID id, String result, Instant next, Instant now) {
		jdbc.sql("UPDATE notification SET last_result = ?, not_before = ?, updated_at = ? WHERE id = ?")
			.params(result, Timestamp.from(next), Timestamp.from(now), id)
			.update();
	}

	void markFinal(UUID id, Notification.Status status, String provider, String result, int attempts, Instant now) {
		jdbc.sql("""
				UPDATE notification SET status = ?, attempts = ?, provider = coalesce(?, provider),
				  last_result = ?, updated_at = ? WHERE id = ?
				""").params(status.name(), attempts, provider, result, Timestamp.from(now), id).update();
	}

	/**
	 * Withdraws pending notifications of an incident of the given kind, not yet due
	 * unless {@code evenIfDue}.
	 */
	public int cancelPending(UUID incidentId, NoticeKind kind, boolean evenIfDue, String reason, Instant now) {
		return jdbc.sql("""
				UPDATE notification SET status = 'CANCELLED', last_result = ?, updated_at = ?
				WHERE incident_id = ? AND kind = ? AND status = 'PENDING' AND (? OR not_before > ?)
				""")
			.params(reason, Timestamp.from(now), incidentId, kind.name(), evenIfDue, Timestamp.from(now))
			.update();
	}

	/**
	 * The other notifications carrying the same notice to the same official (its other
	 * channels, fallbacks included).
	 */
	List<Notification> siblings(Notification n) {
		return jdbc.sql("""
				SELECT * FROM notification WHERE official_id = :official AND deduplication_key = :dedup AND kind = :kind
				  AND round = :round AND incident_id IS NOT DISTINCT FROM :incident AND id <> :id
				ORDER BY created_at, id
				""")
			.param("official", n.officialId())
			.param("dedup", n.deduplicationKey())
			.param("kind", n.kind().name())
			.param("round", n.round())
			.param("incident", n.incidentId())
			.param("id", n.id())
			.query(NotificationRepository::map)
			.list();
	}

	/**
	 * SMS that failed and wait to be sent again become due now (the gateway is back);
	 * returns how many.
	 */
	int resendWaiting(Channel channel, Instant now) {
		return jdbc
			.sql("""
					UPDATE notification SET not_before = ?, updated_at = ?
					WHERE status = 'PENDING' AND channel = ? AND last_result IS NOT NULL AND last_result NOT LIKE 'THROTTLED%'
					  AND not_before > ?
					""")
			.params(Timestamp.from(now), Timestamp.from(now), channel.name(), Timestamp.from(now))
			.update();
	}

	/** The audit trail, newest first, filtered by whatever is given. */
	public List<Notification> search(Filter f, int limit) {
		StringBuilder sql = new StringBuilder("SELECT * FROM notification WHERE true");
		Map<String, Object> params = new LinkedHashMap<>();
		if (f.incidentId() != null) {
			sql.append(" AND incident_id = :incident");
			params.put("incident", f.incidentId());
		}
		if (f.districts() != null) {
			// the notification table has no district: the incident it is about has
			sql.append(
					" AND (official_id = :self OR incident_id IN (SELECT id FROM incident WHERE district_id = ANY(:districts)))");
			params.put("self", f.self());
			params.put("districts", f.districts().toArray(String[]::new));
		}
		if (f.officialId() != null) {
			sql.append(" AND official_id = :official");
			params.put("official", f.officialId());
		}
		if (f.channel() != null) {
			sql.append(" AND channel = :channel");
			params.put("channel", f.channel().name());
		}
		if (f.status() != null) {
			sql.append(" AND status = :status");
			params.put("status", f.status().name());
		}
		if (f.from() != null) {
			sql.append(" AND created_at >= :from");
			params.put("from", Timestamp.from(f.from()));
		}
		if (f.to() != null) {
			sql.append(" AND created_at < :to");
			params.put("to", Timestamp.from(f.to()));
		}
		sql.append(" ORDER BY created_at DESC, id LIMIT :limit");
		params.put("limit", limit);
		return jdbc.sql(sql.toString()).params(params).query(NotificationRepository::map).list();
	}

	/**
	 * The incident's notifications, locked for the rest of the transaction (dispatchers
	 * skip them).
	 */
	List<Notification> lockForIncident(UUID incidentId) {
		return jdbc.sql("SELECT * FROM notification WHERE incident_id = ? ORDER BY created_at, id FOR UPDATE")
			.param(incidentId)
			.query(NotificationRepository::map)
			.list();
	}

	public List<Notification> forIncident(UUID incidentId) {
		return jdbc.sql("SELECT * FROM notification WHERE incident_id = ? ORDER BY created_at, id")
			.param(incidentId)
			.query(NotificationRepository::map)
			.list();
	}

	public Map<Notification.Status, Integer> countByStatus() {
		Map<Notification.Status, Integer> counts = new EnumMap<>(Notification.Status.class);
		jdbc.sql("SELECT status, count(*) AS n FROM notification GROUP BY status").query((rs, row) -> {
			counts.put(Notification.Status.valueOf(rs.getString("status")), rs.getInt("n"));
			return null;
		}).list();
		return counts;
	}

	static Notification map(ResultSet rs, int row) throws SQLException {
		return new Notification(rs.getObject("id", UUID.class), rs.getObject("incident_id", UUID.class),
				NoticeKind.valueOf(rs.getString("kind")), rs.getInt("round"), rs.getString("idempotency_key"),
				rs.getString("deduplication_key"), rs.getObject("signal_id", UUID.class), rs.getString("official_id"),
				Channel.valueOf(rs.getString("channel")), rs.getString("recipient"), rs.getString("subject"),
				rs.getString("body"), rs.getString("html_body"), Notification.Status.valueOf(rs.getString("status")),
				rs.getInt("attempts"), rs.getString("last_result"), rs.getString("provider"),
				rs.getObject("fallback_for", UUID.class), instant(rs, "created_at"), instant(rs, "not_before"),
				instant(rs, "sent_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	/**
	 * Audit filters; null means any.
	 *
	 * @param districts the caller's districts: notices of incidents there, and those to
	 * {@code self}; null for every notice
	 * @param self the official the caller speaks for, or null
	 */
	public record Filter(UUID incidentId, String officialId, Channel channel, Notification.Status status, Instant from,
			Instant to, Set<String> districts, String self) {
	}

}
