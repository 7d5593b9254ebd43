package io.cleanair.bench.queries;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;

import io.cleanair.bench.stack.StackClient;
import tools.jackson.databind.JsonNode;

/**
 * Years of hourly values and daily results for many stations, loaded by analytics itself:
 * its synthetic-history loader ({@code POST /api/v1/admin/synthetic-history}, admin only)
 * generates the readings and stores them, daily results assessed by aq-core: in bulk
 * ({@code COPY}, days already complete skipped) or through the consumer's store
 * statement. The benchmark drives it a month per request, printing a progress line per
 * month; every request is idempotent, so an interrupted load is completed by the next
 * run, and a data set loaded once is kept for later runs ({@code GET} of the same
 * resource tells how many of its days are loaded).
 */
final class SyntheticHistory {

	static final String PATH = "/api/v1/admin/synthetic-history";

	static final int DISTRICTS = 10;

	private final StackClient stack;

	private final int stations;

	private final long seed;

	private final boolean bulk;

	SyntheticHistory(StackClient stack, int stations, long seed, boolean bulk) {
		this.stack = stack;
		this.stations = stations;
		this.seed = seed;
		this.bulk = bulk;
	}

	/** analytics' name of the data set: {@code syn<seed>-<stations>x<districts>}. */
	String prefix() {
		return "syn" + seed + "-" + stations + "x" + DISTRICTS;
	}

	String station(int i) {
		return prefix() + "-s" + String.format(Locale.ROOT, "%04d", i);
	}

	String district(int i) {
		return prefix() + "-d" + (i % DISTRICTS);
	}

	/**
	 * Loads the days [from, to] unless they are all there; answers the seconds it took (0
	 * when they were there).
	 */
	double ensure(LocalDate from, LocalDate to, PrintWriter progress) throws Exception {
		JsonNode state = state(from, to);
		if (state.path("daysLoaded").asInt() == state.path("days").asInt()) {
			return 0;
		}
		long start = System.nanoTime();
		int months = (to.getYear() - from.getYear()) * 12 + to.getMonthValue() - from.getMonthValue() + 1;
		int month = 0;
		for (LocalDate first = from.withDayOfMonth(1); !first.isAfter(to); first = first.plusMonths(1)) {
			LocalDate chunkFrom = first.isBefore(from) ? from : first;
			LocalDate last = first.plusMonths(1).minusDays(1);
			LocalDate chunkTo = last.isAfter(to) ? to : last;
			JsonNode monthState = state(chunkFrom, chunkTo);
			if (monthState.path("daysLoaded").asInt() == monthState.path("days").asInt()) {
				month++;
				progress.printf(Locale.ROOT, "  loading %s: %s to %s (%d of %d months, already loaded)%n", prefix(),
						chunkFrom, chunkTo, month, months);
				continue;
			}
			JsonNode loaded = stack
				.analyticsPost(query() + "&from=" + chunkFrom + "&to=" + chunkTo + (bulk ? "&bulk=true" : ""));
			month++;
			int days = loaded.path("days").asInt() - loaded.path("daysSkipped").asInt();
			double seconds = loaded.path("seconds").asDouble();
			progress.printf(Locale.ROOT,
					"  loading %s: %s to %s (%d of %d months, %d days in %.1f s, %.1f s a day, %,.0f rows/s,"
							+ " %,d daily results new, %.0f s in all)%n",
					prefix(), chunkFrom, chunkTo, month, months, days, seconds, days == 0 ? 0 : seconds / days,
					seconds == 0 ? 0 : loaded.path("rows").asLong() / seconds, loaded.path("dailyResults").asInt(),
					(System.nanoTime() - start) / 1e9);
			progress.flush();
		}
		return (System.nanoTime() - start) / 1e9;
	}

	/** Rows of the two big tables, for the report. */
	String sizes(LocalDate from, LocalDate to) throws Exception {
		JsonNode state = state(from, to);
		return String.format("about %,d hourly values and %,d daily results in analytics' tables",
				state.path("hourlyValues").asLong(), state.path("dailyResults").asLong());
	}

	private JsonNode state(LocalDate from, LocalDate to) throws Exception {
		return stack.analyticsJson(query() + "&from=" + from + "&to=" + to);
	}

	private String query() {
		return PATH + "?stations=" + stations + "&districts=" + DISTRICTS + "&seed=" + seed;
	}

}
