package io.cleanair.alert.official;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.cleanair.core.alerting.Language;
import io.cleanair.core.alerting.Official;
import io.cleanair.core.alerting.QuietHours;
import io.cleanair.core.alerting.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The officials registry in PostgreSQL. */
@Repository
class OfficialRepository {

	private final JdbcClient jdbc;

	OfficialRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts or replaces; true when the official is new. */
	boolean upsert(Official o, String source, Instant now) {
		QuietHours q = o.quietHours();
		return jdbc.sql("""
				INSERT INTO official (id, name, email, phone, language, roles, districts, quiet_start, quiet_end,
				  quiet_zone, active, source, created_at, updated_at)
				VALUES (:id, :name, :email, :phone, :language, string_to_array(:roles, ','),
				  string_to_array(:districts, ','), :qs, :qe, :qz, :active, :source, :now, :now)
				ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, email = EXCLUDED.email, phone = EXCLUDED.phone,
				  language = EXCLUDED.language, roles = EXCLUDED.roles, districts = EXCLUDED.districts,
				  quiet_start = EXCLUDED.quiet_start, quiet_end = EXCLUDED.quiet_end, quiet_zone = EXCLUDED.quiet_zone,
				  active = EXCLUDED.active, source = EXCLUDED.source, updated_at = EXCLUDED.updated_at
				RETURNING (xmax = 0) AS inserted
				""")
			.param("id", o.id())
			.param("name", o.name())
			.param("email", o.email())
			.param("phone", o.phone())
			.param("language", o.language().tag())
			.param("roles", String.join(",", o.roles().stream().sorted().map(Role::name).toList()))
			.param("districts", String.join(",", o.districts()))
			.param("qs", q == null ? null : Time.valueOf(q.start()))
			.param("qe", q == null ? null : Time.valueOf(q.end()))
			.param("qz", q == null ? null : q.zone().getId())
			.param("active", o.active())
			.param("source", source)
			.param("now", Timestamp.from(now))
			.query(Boolean.class)
			.single();
	}

	List<Official> findAll() {
		return jdbc.sql("SELECT * FROM official ORDER BY id").query(OfficialRepository::map).list();
	}

	Optional<Official> findById(String id) {
		return jdbc.sql("SELECT * FROM official WHERE id = ?").param(id).query(OfficialRepository::map).optional();
	}

	/** Active officials answering for the district (or for every district). */
	List<Official> activeForDistrict(String districtId) {
		return jdbc
			.sql("""
					SELECT * FROM official WHERE active AND (districts @> ARRAY[?]::text[] OR districts @> ARRAY['*']::text[])
					ORDER BY id
					""")
			.param(districtId)
			.query(OfficialRepository::map)
			.list();
	}

	boolean delete(String id) {
		return jdbc.sql("DELETE FROM official WHERE id = ?").param(id).update() == 1;
	}

	private static Official map(ResultSet rs, int row) throws SQLException {
		Time qs = rs.getTime("quiet_start");
		Time qe = rs.getTime("quiet_end");
		QuietHours quiet = qs == null || qe == null ? null
				: new QuietHours(qs.toLocalTime(), qe.toLocalTime(), ZoneId.of(rs.getString("quiet_zone")));
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String r : strings(rs.getArray("roles"))) {
			roles.add(Role.valueOf(r));
		}
		return new Official(rs.getString("id"), rs.getString("name"), rs.getString("email"), rs.getString("phone"),
				Language.parse(rs.getString("language")), roles, Set.copyOf(strings(rs.getArray("districts"))), quiet,
				rs.getBoolean("active"));
	}

	private static List<String> strings(Array array) throws SQLException {
		if (array == null) {
			return List.of();
		}
		return Arrays.stream((String[]) array.getArray()).filter(s -> s != null && !s.isBlank()).toList();
	}

}
