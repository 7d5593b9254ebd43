package io.cleanair.analytics.daily;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import io.cleanair.analytics.Readings;
import io.cleanair.core.assessment.DailyAssessor;
import io.cleanair.core.assessment.DayAssessment;
import io.cleanair.core.assessment.StationDay;
import io.cleanair.core.assessment.StationDayHours;
import io.cleanair.core.pollutant.Pollutant;
import io.cleanair.testsupport.TestPostgres;
import org.flywaydb.core.Flyway;

/**
 * A database as an older version of analytics wrote it: its schema and one complete day
 * of station U1 in fengtai.
 */
final class OldSchema {

	private OldSchema() {
	}

	/** Migrates the database up to schema {@code version} and no further. */
	static void migrate(TestPostgres.Database database, String version) {
		Flyway.configure()
			.dataSource(database.jdbcUrl(), database.username(), database.password())
			.schemas("analytics")
			.defaultSchema("analytics")
			.locations("classpath:db/migration/analytics")
			.target(version)
			.load()
			.migrate();
	}

	/** A connection to the database, in the analytics schema. */
	static Connection connect(TestPostgres.Database database) throws SQLException {
		Connection c = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
		c.createStatement().execute("SET search_path TO analytics");
		return c;
	}

	/** The old day's hours: the same values every hour. */
	static StationDayHours dayHours() {
		StationDayHours hours = new StationDayHours();
		for (int label = 1; label <= 24; label++) {
			hours.set(Pollutant.PM2_5, label, 80);
			hours.set(Pollutant.PM10, label, 120);
			hours.set(Pollutant.SO2, label, 10);
			hours.set(Pollutant.NO2, label, 40);
			hours.set(Pollutant.CO, label, 1.0);
			hours.set(Pollutant.O3, label, 90);
		}
		return hours;
	}

	/**
	 * The day as the old version stored it (complete, so the 2012 day-validity policy
	 * does not change it).
	 */
	static DayAssessment result(LocalDate day) {
		return DailyAssessor.inForceOnTheDay().assess(StationDay.compute(day, dayHours()));
	}

	/** Something written for each pollutant's value of each hour of the old day. */
	interface ValueRow {

		void write(int hour, Instant time, Pollutant pollutant, double value) throws SQLException;

	}

	/** Calls {@code row} for each pollutant's value of each hour of {@code day}. */
	static void forEachValue(LocalDate day, ValueRow row) throws SQLException {
		StationDayHours hours = dayHours();
		for (int h = 0; h < 24; h++) {
			Instant t = Readings.hour(day, h);
			for (Pollutant p : Pollutant.values()) {
				row.write(h, t, p, hours.hours(p)[h]);
			}
		}
	}

	/**
	 * The pollutant, time, value and revision of a reading (parameters 1 to 4); PM2.5 at
	 * 03:00 was corrected once.
	 */
	static void bindReading(PreparedStatement reading, int hour, Instant time, Pollutant pollutant, double value)
			throws SQLException {
		reading.setString(1, pollutant.name());
		reading.setTimestamp(2, Timestamp.from(time));
		reading.setDouble(3, value);
		reading.setInt(4, hour == 3 && pollutant == Pollutant.PM2_5 ? 1 : 0);
	}

	/** The pollutant, hour and value of an hourly value (parameters 1 to 3). */
	static void bindHourly(PreparedStatement hourly, Instant time, Pollutant pollutant, double value)
			throws SQLException {
		hourly.setString(1, pollutant.name());
		hourly.setTimestamp(2, Timestamp.from(time));
		hourly.setDouble(3, value);
	}

	/**
	 * The station and its station, district and city days, with the validity policy
	 * column where the schema has it ({@code validityPolicy} not null).
	 */
	static void writeStationAndDays(Connection c, LocalDate day, String validityPolicy) throws Exception {
		DayAssessment result = result(day);
		c.createStatement()
			.execute("INSERT INTO station (station_id, district_id, last_reading_at) VALUES ('U1', 'fengtai', now())");
		try (PreparedStatement days = c.prepareStatement("INSERT INTO daily_result (scope, scope_id, day, district_id,"
				+ " aqi, category, primary_pollutants, valid, rule_set, stations, pm2_5_24h, pm10_24h, so2_24h, no2_24h,"
				+ " co_24h, o3_1h, o3_8h" + (validityPolicy == null ? "" : ", validity_policy")
				+ ") VALUES (?, ?, ?, ?, ?, ?, ?, true, 'hj633-2012', 1, 80, 120, 10, 40, 1.0, 90, 90"
				+ (validityPolicy == null ? "" : ", ?") + ")")) {
			String[][] scopes = { { "STATION", "U1", "fengtai" }, { "DISTRICT", "fengtai", "fengtai" },
					{ "CITY", "city", null } };
			for (String[] scope : scopes) {
				days.setString(1, scope[0]);
				days.setString(2, scope[1]);
				days.setObject(3, day);
				days.setString(4, scope[2]);
				days.setInt(5, result.result().aqi());
				days.setString(6, result.result().category().toString());
				days.setString(7, "PM2_5");
				if (validityPolicy != null) {
					days.setString(8, validityPolicy);
				}
				days.addBatch();
			}
			days.executeBatch();
		}
	}

}
