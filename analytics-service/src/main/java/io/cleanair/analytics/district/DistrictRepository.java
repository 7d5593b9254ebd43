package io.cleanair.analytics.district;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The district registry and each district's annual targets. */
@Repository
public class DistrictRepository {

	private final JdbcClient jdbc;

	DistrictRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return true when the district is new
	 */
	public boolean save(District d) {
		boolean exists = find(d.id()).isPresent();
		jdbc.sql("""
				INSERT INTO district (district_id, name, city_id) VALUES (?, ?, ?)
				ON CONFLICT (district_id) DO UPDATE SET name = EXCLUDED.name, city_id = EXCLUDED.city_id
				""").params(d.id(), d.name(), d.cityId()).update();
		return !exists;
	}

	public Optional<District> find(String id) {
		return jdbc.sql("SELECT district_id, name, city_id FROM district WHERE district_id = ?")
			.param(id)
			.query((rs, n) -> new District(rs.getString(1), rs.getString(2), rs.getString(3)))
			.optional();
	}

	public List<District> findAll() {
		return jdbc.sql("SELECT district_id, name, city_id FROM district ORDER BY district_id")
			.query((rs, n) -> new District(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	public boolean delete(String id) {
		return jdbc.sql("DELETE FROM district WHERE district_id = ?").param(id).update() > 0;
	}

	/**
	 * @return true when the target is new
	 */
	public boolean saveTarget(Target t) {
		boolean exists = findTarget(t.districtId(), t.year()).isPresent();
		jdbc.sql(
				"""
						INSERT INTO district_target (district_id, year, good_day_rate, good_day_count, pm2_5_annual_mean, max_heavy_days)
						VALUES (?, ?, ?, ?, ?, ?)
						ON CONFLICT (district_id, year) DO UPDATE SET good_day_rate = EXCLUDED.good_day_rate,
						  good_day_count = EXCLUDED.good_day_count, pm2_5_annual_mean = EXCLUDED.pm2_5_annual_mean,
						  max_heavy_days = EXCLUDED.max_heavy_days
						""")
			.params(t.districtId(), t.year(), t.goodDayRate(), t.goodDayCount(), t.pm25AnnualMean(), t.maxHeavyDays())
			.update();
		return !exists;
	}

	public Optional<Target> findTarget(String districtId, int year) {
		return jdbc
			.sql("SELECT district_id, year, good_day_rate, good_day_count, pm2_5_annual_mean, max_heavy_days"
					+ " FROM district_target WHERE district_id = ? AND year = ?")
			.params(districtId, year)
			.query((rs, n) -> new Target(rs.getString(1), rs.getInt(2), rs.getBigDecimal(3), (Integer) rs.getObject(4),
					rs.getBigDecimal(5), (Integer) rs.getObject(6)))
			.optional();
	}

	public List<Target> targetsOf(int year) {
		return jdbc
			.sql("SELECT district_id, year, good_day_rate, good_day_count, pm2_5_annual_mean, max_heavy_days"
					+ " FROM district_target WHERE year = ? ORDER BY district_id")
			.param(year)
			.query((rs, n) -> new Target(rs.getString(1), rs.getInt(2), rs.getBigDecimal(3), (Integer) rs.getObject(4),
					rs.getBigDecimal(5), (Integer) rs.getObject(6)))
			.list();
	}

	public record District(String id, String name, String cityId) {
	}

	/** Exactly one of goodDayRate (percent) and goodDayCount is set. */
	public record Target(String districtId, int year, BigDecimal goodDayRate, Integer goodDayCount,
			BigDecimal pm25AnnualMean, Integer maxHeavyDays) {

		public io.cleanair.core.target.GoodDayTarget goodDayTarget() {
			return goodDayRate != null ? io.cleanair.core.target.GoodDayTarget.rate(year, goodDayRate)
					: io.cleanair.core.target.GoodDayTarget.count(year, goodDayCount);
		}
	}

}
