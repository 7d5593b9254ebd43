package io.cleanair.analytics.signal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Districts whose recent days changed and whose period rules (target at risk,
 * year-over-year rebound, ranking bottom) are due, with the latest changed day of each,
 * in {@code period_rule_due}. Consumers mark them in their batch's transaction (a check
 * cannot see a mark before the batch's days are committed);
 * {@link SignalSchedules#checkPeriodRules()} takes them every
 * {@code aq.signals.period-check}, in the transaction that publishes what they raise, so
 * a failed check leaves them marked. Month and year to date move slowly, so judging them
 * once per check instead of once per batch changes nothing an official would notice, and
 * keeps a batch from reading a year of daily results per district. The marks and the
 * claims are rows, shared by every instance and kept across restarts.
 */
@Component
public class PeriodRuleQueue {

	/** The advisory lock of the period check, the same in every instance. */
	private static final long CHECK_LOCK = 0x6171_7065_7269_6f64L;

	private final JdbcClient jdbc;

	private final String instance = UUID.randomUUID().toString();

	PeriodRuleQueue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Marks the districts as of {@code day} (a later day a district has wins). */
	public void mark(Collection<String> districts, LocalDate day) {
		if (districts.isEmpty()) {
			return;
		}
		jdbc.sql("""
				INSERT INTO period_rule_due (district_id, day)
				SELECT d, ? FROM unnest(?::text[]) AS d ORDER BY d
				ON CONFLICT (district_id) DO UPDATE SET day = GREATEST(period_rule_due.day, EXCLUDED.day),
				    marked_at = now()
				""").params(Date.valueOf(day), districts.toArray(String[]::new)).update();
	}

	/**
	 * In the caller's transaction: whether this instance may check now (no other is
	 * checking; the claim lasts until the transaction ends).
	 */
	boolean claimCheck() {
		return jdbc.sql("SELECT pg_try_advisory_xact_lock(?)").param(CHECK_LOCK).query(Boolean.class).single();
	}

	/**
	 * Takes every due district and its latest day, in the caller's transaction: they are
	 * marked again if it rolls back.
	 */
	Map<String, LocalDate> take() {
		Map<String, LocalDate> taken = new HashMap<>();
		jdbc.sql("DELETE FROM period_rule_due RETURNING district_id, day").query(rs -> {
			taken.put(rs.getString(1), rs.getDate(2).toLocalDate());
		});
		return taken;
	}

	/**
	 * Claims a run (such as the day-close run of a day) in the caller's transaction: true
	 * for the one instance that does it, false once it is claimed.
	 */
	boolean claimRun(String run, LocalDate day, Instant now) {
		return jdbc.sql("""
				INSERT INTO signal_run (run, day, claimed_at, claimed_by) VALUES (?, ?, ?, ?)
				ON CONFLICT (run, day) DO NOTHING
				""").params(run, Date.valueOf(day), Timestamp.from(now), instance).update() == 1;
	}

}
