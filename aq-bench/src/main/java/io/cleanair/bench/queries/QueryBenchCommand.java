package io.cleanair.bench.queries;

import java.io.PrintWriter;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;

import io.cleanair.bench.stack.Latencies;
import io.cleanair.bench.stack.StackClient;
import io.cleanair.bench.stack.StackOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code aq bench queries}: p50/p95 of analytics' trend, daily, good-day and ranking
 * endpoints over years of hourly data, loaded once by analytics' synthetic-history loader
 * ({@link SyntheticHistory}).
 */
@Command(name = "queries", mixinStandardHelpOptions = true,
		description = "Query latency over years of hourly data for many stations (loaded by analytics' synthetic-history loader).")
public class QueryBenchCommand implements Callable<Integer> {

	/**
	 * The last year of every data set; a data set of N years starts N - 1 years before.
	 */
	public static final int LAST_YEAR = 2025;

	@Spec
	CommandSpec spec;

	@Mixin
	StackOptions stackOptions;

	@Option(names = "--stations", defaultValue = "100")
	int stations;

	@Option(names = "--years", defaultValue = "1")
	int years;

	@Option(names = "--runs", defaultValue = "40", description = "Timed requests per query, after 5 warm-ups.")
	int runs;

	@Option(names = "--seed", defaultValue = "1",
			description = "The synthetic history's seed: another seed is another data set (default: ${DEFAULT-VALUE}).")
	long seed;

	@Option(names = "--loader", defaultValue = "bulk",
			description = "How analytics stores the history: bulk (COPY, complete days skipped) or store (the consumer's"
					+ " statement, a day at a time; hours at 1,000 stations) (default: ${DEFAULT-VALUE}).")
	String loader;

	private SyntheticHistory data;

	@Override
	public Integer call() throws Exception {
		PrintWriter out = spec.commandLine().getOut();
		StackClient stack = new StackClient(StackClient.httpClient(), stackOptions.analytics(),
				stackOptions.analytics(), stackOptions.analytics(), stackOptions.adminKey());
		if (!loader.equals("bulk") && !loader.equals("store")) {
			throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--loader is bulk or store");
		}
		data = new SyntheticHistory(stack, stations, seed, loader.equals("bulk"));
		LocalDate from = LocalDate.of(LAST_YEAR - years + 1, 1, 1);
		LocalDate to = LocalDate.of(LAST_YEAR, 12, 31);
		double loaded = data.ensure(from, to, out);
		out.printf(Locale.ROOT, "aq bench queries: %d stations x %d year(s) of hourly values, %s to %s (%s); %s%n",
				stations, years, from, to,
				loaded == 0 ? "already loaded" : String.format(Locale.ROOT, "generated in %.0f s", loaded),
				data.sizes(from, to));
		out.flush();
		for (Map.Entry<String, IntFunction<String>> query : queries(from, to).entrySet()) {
			out.printf(Locale.ROOT, "  %-48s %s%n", query.getKey(), time(stack, query.getValue()));
			out.flush();
		}
		return 0;
	}

	/**
	 * Each query by name; the function gives the request of run i (stations and districts
	 * rotate).
	 */
	private Map<String, IntFunction<String>> queries(LocalDate from, LocalDate to) {
		String year = "&from=" + LAST_YEAR + "-01-01&to=" + LAST_YEAR + "-12-31";
		Map<String, IntFunction<String>> q = new LinkedHashMap<>();
		q.put("station-year daily trend (365 points)", i -> trend("station", station(i), "day", year));
		q.put("station-year hourly trend (8,760 points)", i -> trend("station", station(i), "hour", year));
		if (years > 1) {
			q.put("station " + years + "-year daily trend",
					i -> trend("station", station(i), "day", "&from=" + from + "&to=" + to));
			q.put("station " + years + "-year monthly trend",
					i -> trend("station", station(i), "month", "&from=" + from + "&to=" + to));
		}
		q.put("district-year daily trend", i -> trend("district", district(i), "day", year));
		q.put("district-year hourly trend (mean of stations)", i -> trend("district", district(i), "hour", year));
		q.put("station-year daily results (/daily)", i -> "/api/v1/daily?scope=station&id=" + station(i) + year);
		q.put("district good days of a year", i -> "/api/v1/districts/" + district(i) + "/good-days?year=" + LAST_YEAR);
		q.put("rankings of a year (all districts)", i -> "/api/v1/rankings?year=" + LAST_YEAR);
		q.put("rankings of a month", i -> "/api/v1/rankings?year=" + LAST_YEAR + "&month=" + (1 + i % 12));
		return q;
	}

	private String station(int i) {
		return data.station((i * 7) % stations);
	}

	private String district(int i) {
		return data.district(i);
	}

	private static String trend(String scope, String id, String interval, String range) {
		return "/api/v1/trends?scope=" + scope + "&id=" + id + "&pollutant=PM2_5&interval=" + interval + range;
	}

	private String time(StackClient stack, IntFunction<String> request) throws Exception {
		Latencies latencies = new Latencies();
		long bytes = 0;
		for (int i = -5; i < runs; i++) {
			long start = System.nanoTime();
			HttpResponse<String> response = stack.analytics(request.apply(i + 5));
			long nanos = System.nanoTime() - start;
			if (response.statusCode() != 200) {
				return "failed: " + response.statusCode() + " " + response.body();
			}
			if (i >= 0) {
				latencies.recordNanos(nanos);
				bytes = response.body().length();
			}
		}
		return latencies.summary(50, 95) + String.format(Locale.ROOT, ", %,d bytes", bytes);
	}

}
