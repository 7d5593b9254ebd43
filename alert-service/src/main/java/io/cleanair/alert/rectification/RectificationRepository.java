package io.cleanair.alert.rectification;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.cleanair.core.rectification.RectificationStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code rectification_item}, its notes and its audit trail. */
@Repository
class RectificationRepository {

	private final JdbcClient jdbc;

	RectificationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(RectificationItem i) {
		jdbc.sql("""
				INSERT INTO rectification_item (id, title, description, location, district_id, official_id, source,
				  incident_id, deadline, status, created_at, updated_at, assigned_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(i.id(), i.title(), i.description(), i.location(), i.districtId(), i.officialId(), i.source(),
					i.incidentId(), Date.valueOf(i.deadline()), i.status().name(), ts(i.createdAt()), ts(i.updatedAt()),
					ts(i.assignedAt()))
			.update();
	}

	Optional<RectificationItem> lock(UUID id) {
		return jdbc.sql("SELECT * FROM rectification_item WHERE id = ? FOR UPDATE")
			.param(id)
			.query(this::item)
			.optional();
	}

	Optional<RectificationItem> find(UUID id) {
		return jdbc.sql("SELECT * FROM rectification_item WHERE id = ?").param(id).query(this::item).optional();
	}

	void assign(UUID id, String districtId, String officialId, LocalDate deadline, Instant now) {
		jdbc.sql(
				"""
						UPDATE rectification_item SET district_id = ?, official_id = ?, deadline = ?, assigned_at = ?, updated_at = ?
						WHERE id = ?
						""")
			.params(districtId, officialId, Date.valueOf(deadline), ts(now), ts(now), id)
			.update();
	}

	void status(UUID id, RectificationStatus status, Instant now) {
		boolean closed = status == RectificationStatus.VERIFIED;
		jdbc.sql("UPDATE rectification_item SET status = ?, updated_at = ?, closed_at = ? WHERE id = ?")
			.params(status.name(), ts(now), closed ? ts(now) : null, id)
			.update();
	}

	void addNote(UUID id, String author, String note, Instant now) {
		jdbc.sql("INSERT INTO rectification_note (item_id, at, author, note) VALUES (?, ?, ?, ?)")
			.params(id, ts(now), author, note)
			.update();
		jdbc.sql("UPDATE rectification_item SET last_report_at = ?, updated_at = ? WHERE id = ?")
			.params(ts(now), ts(now), id)
			.update();
	}

	void audit(UUID id, String actor, String action, String detail, Instant now) {
		jdbc.sql("INSERT INTO rectification_audit (item_id, at, actor, action, detail) VALUES (?, ?, ?, ?, ?)")
			.params(id, ts(now), actor, action, detail)
			.update();
	}

	/**
	 * Raises the escalation level from below {@code level}; false when another sweep got
	 * there first.
	 */
	boolean claimEscalation(UUID id, int level) {
		return jdbc.sql("UPDATE rectification_item SET escalation_level = ? WHERE id = ? AND escalation_level < ?")
			.params(level, id, level)
			.update() == 1;
	}

	/** Marks the report period reminded; false when it was reminded already. */
	boolean claimReminder(UUID id, long period) {
		return jdbc.sql("UPDATE rectification_item SET reminded_period = ? WHERE id = ? AND reminded_period < ?")
			.params(period, id, period)
			.update() == 1;
	}

	List<RectificationItem> awaiting() {
		return jdbc.sql(
				"SELECT * FROM rectification_item WHERE status IN ('OPEN', 'IN_PROGRESS', 'REOPENED') ORDER BY deadline")
			.query(this::item)
			.list();
	}

	List<RectificationItem> search(String districtId, RectificationStatus status, int limit) {
		return jdbc.sql("""
				SELECT * FROM rectification_item WHERE (CAST(? AS text) IS NULL OR district_id = ?)
				  AND (CAST(? AS text) IS NULL OR status = ?) ORDER BY deadline, created_at LIMIT ?
				""")
			.params(districtId, districtId, status == null ? null : status.name(),
					status == null ? null : status.name(), limit)
			.query(this::item)
			.list();
	}

	/** Items verified in [from, to). */
	List<RectificationItem> closedBetween(Instant from, Instant to) {
		return jdbc.sql("SELECT * FROM rectification_item WHERE closed_at >= ? AND closed_at < ? ORDER BY closed_at")
			.params(ts(from), ts(to))
			.query(this::item)
			.list();
	}

	List<Note> notes(UUID id) {
		return jdbc.sql("SELECT at, author, note FROM rectification_note WHERE item_id = ? ORDER BY at, id")
			.param(id)
			.query((rs, n) -> new Note(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3)))
			.list();
	}

	List<AuditEntry> auditTrail(UUID id) {
		return jdbc.sql("SELECT at, actor, action, detail FROM rectification_audit WHERE item_id = ? ORDER BY id")
			.param(id)
			.query((rs, n) -> new AuditEntry(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
					rs.getString(4)))
			.list();
	}

	private RectificationItem item(ResultSet rs, int row) throws SQLException {
		return new RectificationItem(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("description"),
				rs.getString("location"), rs.getString("district_id"), rs.getString("official_id"),
				rs.getString("source"), rs.getObject("incident_id", UUID.class), rs.getDate("deadline").toLocalDate(),
				RectificationStatus.valueOf(rs.getString("status")), rs.getInt("escalation_level"),
				instant(rs, "created_at"), instant(rs, "updated_at"), instant(rs, "assigned_at"),
				instant(rs, "last_report_at"), instant(rs, "closed_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	private static Timestamp ts(Instant i) {
		return i == null ? null : Timestamp.from(i);
	}

	/** A dated progress note. */
	record Note(Instant at, String author, String note) {
	}

	/** One change of an item. */
	record AuditEntry(Instant at, String actor, String action, String detail) {
	}

}
