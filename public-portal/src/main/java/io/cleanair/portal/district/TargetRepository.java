package io.cleanair.portal.district;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.List;

import io.cleanair.core.event.DistrictTargetChanged;
import io.cleanair.core.target.GoodDayTarget;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Good-day targets and district names, from {@code aq.district-targets.v1}. */
@Repository
public class TargetRepository {

	private final JdbcClient jdbc;

	TargetRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void store(DistrictTargetChanged t) {
		jdbc.sql(
				"""
						INSERT INTO district_target (district_id, year, district_name, good_day_rate, good_day_count, changed_at)
						VALUES (?, ?, ?, ?, ?, ?)
						ON CONFLICT (district_id, year) DO UPDATE SET district_name = EXCLUDED.district_name,
						  good_day_rate = EXCLUDED.good_day_rate, good_day_count = EXCLUDED.good_day_count,
						  changed_at = EXCLUDED.changed_at
						WHERE district_target.changed_at <= EXCLUDED.changed_at
						""")
			.params(t.districtId(), t.year(), t.districtName(), t.goodDayRate(), t.goodDayCount(),
					Timestamp.from(t.changedAt()))
			.update();
	}

	void delete(String key) {
		String[] parts = key.split(":");
		if (parts.length == 2) {
			jdbc.sql("DELETE FROM district_target WHERE district_id = ? AND year = ?")
				.params(parts[0], Integer.parseInt(parts[1]))
				.update();
		}
	}

	/**
	 * Every district's latest-known target rows (names from the newest row of each
	 * district).
	 */
	public List<Target> all() {
		return jdbc
			.sql("SELECT district_id, year, district_name, good_day_rate, good_day_count FROM district_target"
					+ " ORDER BY district_id, year")
			.query((rs, n) -> new Target(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getBigDecimal(4),
					(Integer) rs.getObject(5)))
			.list();
	}

	public record Target(String districtId, int year, String districtName, BigDecimal goodDayRate,
			Integer goodDayCount) {

		public GoodDayTarget goodDayTarget() {
			return goodDayRate != null ? GoodDayTarget.rate(year, goodDayRate)
					: GoodDayTarget.count(year, goodDayCount);
		}
	}

}
