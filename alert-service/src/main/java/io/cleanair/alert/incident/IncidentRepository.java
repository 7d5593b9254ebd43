package io.cleanair.alert.incident;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.cleanair.alert.delivery.NoticeSubjects;
import io.cleanair.alert.incident.domain.TimelineEvent;
import io.cleanair.core.alerting.Incident;
import io.cleanair.core.alerting.IncidentStatus;
import io.cleanair.core.event.AlertSignal.Severity;
import io.cleanair.core.event.AlertSignal.SignalType;
import io.cleanair.core.pollutant.Pollutant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Incidents and their timelines in PostgreSQL. */
@Repository
class IncidentRepository implements NoticeSubjects {

	private final JdbcClient jdbc;

	IncidentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The newest incident of the condition, locked for the rest of the transaction. */
	Optional<StoredIncident> latestForKeyForUpdate(String key) {
		return jdbc.sql("SELECT * FROM incident WHERE deduplication_key = ? ORDER BY opened_at DESC LIMIT 1 FOR UPDATE")
			.param(key)
			.query(IncidentRepository::map)
			.optional();
	}

	Optional<StoredIncident> lockById(UUID id) {
		return jdbc.sql("SELECT * FROM incident WHERE id = ? FOR UPDATE")
			.param(id)
			.query(IncidentRepository::map)
			.optional();
	}

	/** Locks the open incident unless another instance is working on it. */
	Optional<StoredIncident> lockOpenSkipLocked(UUID id) {
		return jdbc.sql("SELECT * FROM incident WHERE id = ? AND status <> 'RESOLVED' FOR UPDATE SKIP LOCKED")
			.param(id)
			.query(IncidentRepository::map)
			.optional();
	}

	Optional<StoredIncident> findById(UUID id) {
		return jdbc.sql("SELECT * FROM incident WHERE id = ?").param(id).query(IncidentRepository::map).optional();
	}

	@Override
	public Optional<Subject> find(UUID incidentId) {
		return findById(incidentId).map(s -> new Subject(s.incident(), s.figures()));
	}

	List<UUID> openIds() {
		return jdbc.sql("SELECT id FROM incident WHERE status <> 'RESOLVED' ORDER BY opened_at")
			.query((rs, row) -> rs.getObject("id", UUID.class))
			.list();
	}

	void insert(Incident i, Map<String, Double> figures) {
		jdbc.sql("""
				INSERT INTO incident (id, deduplication_key, type, district_id, station_id, pollutant, severity, status,
				  summary, figures, opened_at, last_signal_at, acknowledged_at, acknowledged_by, resolved_at, round,
				  steps_done)
				VALUES (:id, :key, :type, :district, :station, :pollutant, :severity, :status, :summary, :figures,
				  :opened, :last, :acked, :ackedBy, :resolved, :round, string_to_array(:steps, ',')::integer[])
				""").params(params(i, figures)).update();
	}

	void update(Incident i, Map<String, Double> figures) {
		jdbc.sql("""
				UPDATE incident SET severity = :severity, status = :status, summary = :summary,
				  figures = coalesce(:figures, figures), last_signal_at = :last, acknowledged_at = :acked,
				  acknowledged_by = :ackedBy, resolved_at = :resolved, round = :round,
				  steps_done = string_to_array(:steps, ',')::integer[]
				WHERE id = :id
				""").params(params(i, figures)).update();
	}

	private static Map<String, Object> params(Incident i, Map<String, Double> figures) {
		Map<String, Object> p = new LinkedHashMap<>();
		p.put("id", i.id());
		p.put("key", i.deduplicationKey());
		p.put("type", i.type().name());
		p.put("district", i.districtId());
		p.put("station", i.stationId());
		p.put("pollutant", i.pollutant() == null ? null : i.pollutant().name());
		p.put("severity", i.severity().name());
		p.put("status", i.status().name());
		p.put("summary", i.summary());
		p.put("figures", figures == null ? null : encode(figures));
		p.put("opened", Timestamp.from(i.openedAt()));
		p.put("last", Timestamp.from(i.lastSignalAt()));
		p.put("acked", ts(i.acknowledgedAt()));
		p.put("ackedBy", i.acknowledgedBy());
		p.put("resolved", ts(i.resolvedAt()));
		p.put("round", i.round());
		p.put("steps", i.stepsDone().stream().map(String::valueOf).collect(Collectors.joining(",")));
		return p;
	}

	/**
	 * Records a timeline event under its stored name; false when it carries a signal
	 * already recorded.
	 */
	boolean record(UUID incidentId, Instant at, TimelineEvent event) {
		return addEvent(incidentId, at, event.action(), event.signalId(), event.severity(), event.actor(),
				event.note());
	}

	private boolean addEvent(UUID incidentId, Instant at, String action, UUID signalId, Severity severity, String actor,
			String note) {
		return jdbc.sql("""
				INSERT INTO incident_event (incident_id, at, action, signal_id, severity, actor, note)
				VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (signal_id) DO NOTHING
				""")
			.params(incidentId, Timestamp.from(at), action, signalId, severity == null ? null : severity.name(), actor,
					note)
			.update() == 1;
	}

	boolean signalSeen(UUID signalId) {
		return jdbc.sql("SELECT count(*) FROM incident_event WHERE signal_id = ?")
			.param(signalId)
			.query(Integer.class)
			.single() > 0;
	}

	List<TimelineEntry> timeline(UUID incidentId) {
		return jdbc.sql("SELECT * FROM incident_event WHERE incident_id = ? ORDER BY id")
			.param(incidentId)
			.query((rs, row) -> new TimelineEntry(rs.getTimestamp("at").toInstant(), rs.getString("action"),
					rs.getObject("signal_id", UUID.class), rs.getString("severity"), rs.getString("actor"),
					rs.getString("note")))
			.list();
	}

	List<StoredIncident> search(IncidentFilter f, int limit) {
		StringBuilder sql = new StringBuilder("SELECT * FROM incident WHERE true");
		Map<String, Object> p = new LinkedHashMap<>();
		if (f.status() != null) {
			sql.append(" AND status = :status");
			p.put("status", f.status().name());
		}
		if (f.district() != null) {
			sql.append(" AND district_id = :district");
			p.put("district", f.district());
		}
		if (f.districts() != null) {
			sql.append(" AND district_id = ANY(:districts)");
			p.put("districts", f.districts().toArray(String[]::new));
		}
		if (f.type() != null) {
			sql.append(" AND type = :type");
			p.put("type", f.type().name());
		}
		if (f.from() != null) {
			sql.append(" AND opened_at >= :from");
			p.put("from", Timestamp.from(f.from()));
		}
		if (f.to() != null) {
			sql.append(" AND opened_at < :to");
			p.put("to", Timestamp.from(f.to()));
		}
		sql.append(" ORDER BY opened_at DESC, id LIMIT :limit");
		p.put("limit", limit);
		return jdbc.sql(sql.toString()).params(p).query(IncidentRepository::map).list();
	}

	private static StoredIncident map(ResultSet rs, int row) throws SQLException {
		String pollutant = rs.getString("pollutant");
		Incident incident = new Incident(rs.getObject("id", UUID.class), rs.getString("deduplication_key"),
				SignalType.valueOf(rs.getString("type")), rs.getString("district_id"), rs.getString("station_id"),
				pollutant == null ? null : Pollutant.valueOf(pollutant), Severity.valueOf(rs.getString("severity")),
				IncidentStatus.valueOf(rs.getString("status")), rs.getString("summary"),
				rs.getTimestamp("opened_at").toInstant(), rs.getTimestamp("last_signal_at").toInstant(),
				instant(rs, "acknowledged_at"), rs.getString("acknowledged_by"), instant(rs, "resolved_at"),
				rs.getInt("round"), steps(rs.getArray("steps_done")));
		return new StoredIncident(incident, decode(rs.getString("figures")));
	}

	private static Set<Integer> steps(Array array) throws SQLException {
		return array == null ? Set.of() : Set.copyOf(Arrays.asList((Integer[]) array.getArray()));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	private static Timestamp ts(Instant i) {
		return i == null ? null : Timestamp.from(i);
	}

	static String encode(Map<String, Double> figures) {
		return figures.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.map(e -> e.getKey() + "=" + e.getValue())
			.collect(Collectors.joining(";"));
	}

	static Map<String, Double> decode(String s) {
		Map<String, Double> figures = new LinkedHashMap<>();
		if (s != null && !s.isBlank()) {
			for (String part : s.split(";")) {
				int eq = part.indexOf('=');
				if (eq > 0) {
					String v = part.substring(eq + 1);
					figures.put(part.substring(0, eq), "null".equals(v) ? null : Double.valueOf(v));
				}
			}
		}
		return figures;
	}

}
