package io.cleanair.alert.accountability;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import io.cleanair.alert.accountability.LadderRecord.Standing;
import io.cleanair.alert.accountability.LadderRecord.Step;
import io.cleanair.core.accountability.Sanction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ladder's record: {@code accountability_standing} and {@code accountability_step}.
 */
@Repository
class AccountabilityRepository {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	AccountabilityRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void upsertStanding(Standing s, Instant now) {
		jdbc.sql("""
				INSERT INTO accountability_standing (district_id, month, rank, districts_ranked, bottom_three,
				  composite_index, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (district_id, month) DO UPDATE SET rank = EXCLUDED.rank,
				  districts_ranked = EXCLUDED.districts_ranked, bottom_three = EXCLUDED.bottom_three,
				  composite_index = EXCLUDED.composite_index, recorded_at = EXCLUDED.recorded_at
				""")
			.params(s.districtId(), Date.valueOf(s.month().atDay(1)), s.rank(), s.districtsRanked(), s.bottomThree(),
					s.compositeIndex(), Timestamp.from(now))
			.update();
	}

	boolean monthRecorded(YearMonth month) {
		return jdbc.sql("SELECT count(*) FROM accountability_standing WHERE month = ?")
			.param(Date.valueOf(month.atDay(1)))
			.query(Integer.class)
			.single() > 0;
	}

	List<String> districtsOf(YearMonth month) {
		return jdbc.sql("SELECT district_id FROM accountability_standing WHERE month = ? ORDER BY district_id")
			.param(Date.valueOf(month.atDay(1)))
			.query(String.class)
			.list();
	}

	/** One district's standings in [from, to], oldest first. */
	List<Standing> standings(String districtId, YearMonth from, YearMonth to) {
		return jdbc.sql("""
				SELECT * FROM accountability_standing WHERE district_id = ? AND month BETWEEN ? AND ? ORDER BY month
				""")
			.params(districtId, Date.valueOf(from.atDay(1)), Date.valueOf(to.atDay(1)))
			.query(AccountabilityRepository::standing)
			.list();
	}

	/** Stores a step; false when this district already has this step for this month. */
	boolean insertStep(Step step) {
		return jdbc.sql("""
				INSERT INTO accountability_step (id, district_id, month, sanction, streak, evidence, recorded_at)
				VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (district_id, month, sanction) DO NOTHING
				""")
			.params(step.id(), step.districtId(), Date.valueOf(step.month().atDay(1)), step.sanction().name(),
					step.streak(), json.writeValueAsString(new Evidence(step.evidence(), step.evidenceNote())),
					Timestamp.from(step.recordedAt()))
			.update() == 1;
	}

	/** Steps taken, newest month first; null arguments mean any. */
	List<Step> steps(String districtId, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				SELECT * FROM accountability_step WHERE (CAST(? AS text) IS NULL OR district_id = ?)
				  AND month BETWEEN ? AND ? ORDER BY month DESC, district_id, sanction
				""").params(districtId, districtId, Date.valueOf(from), Date.valueOf(to)).query(this::step).list();
	}

	/** Steps recorded in [from, to) (for a briefing: what was taken in the period). */
	List<Step> recordedBetween(Instant from, Instant to) {
		return jdbc
			.sql("SELECT * FROM accountability_step WHERE recorded_at >= ? AND recorded_at < ? ORDER BY recorded_at")
			.params(Timestamp.from(from), Timestamp.from(to))
			.query(this::step)
			.list();
	}

	private Step step(ResultSet rs, int row) throws SQLException {
		Evidence e = json.readValue(rs.getString("evidence"), new TypeReference<Evidence>() {
		});
		Sanction sanction = Sanction.valueOf(rs.getString("sanction"));
		return new Step(rs.getObject("id", UUID.class), rs.getString("district_id"),
				YearMonth.from(rs.getDate("month").toLocalDate()), sanction, sanction.chinese(), rs.getInt("streak"),
				e.standings(), e.note(), rs.getTimestamp("recorded_at").toInstant());
	}

	private static Standing standing(ResultSet rs, int row) throws SQLException {
		return new Standing(rs.getString("district_id"), YearMonth.from(rs.getDate("month").toLocalDate()),
				rs.getInt("rank"), rs.getInt("districts_ranked"), rs.getBoolean("bottom_three"),
				rs.getBigDecimal("composite_index"));
	}

	record Evidence(List<Standing> standings, String note) {
	}

}
