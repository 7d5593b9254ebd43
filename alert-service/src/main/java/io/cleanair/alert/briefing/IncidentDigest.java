package io.cleanair.alert.briefing;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The briefing's incidents from alert-service's own records: who was told by which
 * channel (the outbox) and how fast each acknowledged.
 */
@Repository
class IncidentDigest {

	private final JdbcClient jdbc;

	IncidentDigest(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Incidents opened in [from, to), and those still open and unacknowledged at
	 * {@code now} (whenever they opened: who has not acted yet).
	 */
	List<Briefing.IncidentLine> of(Instant from, Instant to, Instant now) {
		List<Row> rows = jdbc
			.sql("""
					SELECT id, type, district_id, severity, status, opened_at, acknowledged_at, acknowledged_by FROM incident
					WHERE (opened_at >= ? AND opened_at < ?)
					   OR (status <> 'RESOLVED' AND acknowledged_at IS NULL AND opened_at < ?)
					ORDER BY opened_at, id
					""")
			.params(Timestamp.from(from), Timestamp.from(to), Timestamp.from(now))
			.query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getTimestamp(6).toInstant(),
					rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant(), rs.getString(8)))
			.list();
		Map<UUID, Map<String, TreeSet<String>>> told = new LinkedHashMap<>();
		if (!rows.isEmpty()) {
			jdbc.sql(
					"""
							SELECT n.incident_id, coalesce(o.name, n.official_id), n.channel FROM notification n
							LEFT JOIN official o ON o.id = n.official_id
							WHERE n.incident_id = ANY(?::uuid[]) AND n.kind = 'ALERT' AND n.status IN ('SENT', 'FELL_BACK', 'PENDING')
							ORDER BY n.created_at
							""")
				.param(rows.stream().map(r -> r.id().toString()).toArray(String[]::new))
				.query(rs -> {
					told.computeIfAbsent(rs.getObject(1, UUID.class), k -> new LinkedHashMap<>())
						.computeIfAbsent(rs.getString(2), k -> new TreeSet<>())
						.add(rs.getString(3));
				});
		}
		List<Briefing.IncidentLine> lines = new ArrayList<>();
		for (Row r : rows) {
			List<String> names = new ArrayList<>();
			told.getOrDefault(r.id(), Map.of())
				.forEach((name, channels) -> names.add(name + " (" + String.join(", ", channels) + ")"));
			Long minutes = r.acknowledgedAt() == null ? null
					: Duration.between(r.openedAt(), r.acknowledgedAt()).toMinutes();
			lines.add(new Briefing.IncidentLine(r.id().toString(), r.type(), r.districtId(), r.severity(), r.status(),
					r.openedAt(), names, minutes, r.acknowledgedBy()));
		}
		return lines;
	}

	private record Row(UUID id, String type, String districtId, String severity, String status, Instant openedAt,
			Instant acknowledgedAt, String acknowledgedBy) {
	}

}
