package io.cleanair.cli.importing;

import io.cleanair.cli.assess.HourlyFile;
import io.cleanair.cli.simulate.IngestClient;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code aq import}: hourly files into ingest-service at full speed, resumable. */
@Command(name = "import", mixinStandardHelpOptions = true, description = {
		"Send the hourly values of PRSA or long-format CSV files (the formats aq assess reads; .gz too)"
				+ " to ingest-service in batches, several in flight, with a progress line and a summary of accepted and"
				+ " rejected readings by code.",
		"Resumable: the checkpoint file records what ingest acknowledged; run the same command again to go on."
				+ " Readings older than ingest's backfill age (48 h by default) travel its backfill lane, so current"
				+ " readings and their alerts are not held up." },
		footer = { "Exit codes: 0 every batch answered (rejections included), 1 ingest refused a batch or could not be"
				+ " reached after the retries (the checkpoint keeps what was done), 2 bad arguments or input." })
public class ImportCommand implements Callable<Integer> {

	static final int SERVICE_ERROR = 1;
	static final int USAGE_ERROR = 2;

	@Spec
	CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "FILE", description = "PRSA or long-format CSV files, gzipped or not.")
	List<Path> files;

	@Option(names = "--format", paramLabel = "FORMAT", description = "prsa or long (default: each file's header).")
	String format;

	@Option(names = "--zone", defaultValue = "Asia/Shanghai", paramLabel = "ZONE",
			description = "Zone of the files' local times. Default: ${DEFAULT-VALUE}.")
	ZoneId zone;

	@Option(names = "--ingest", defaultValue = "http://localhost:8081", paramLabel = "URL",
			description = "ingest-service. Default: ${DEFAULT-VALUE}.")
	URI ingest;

	@Option(names = "--key", defaultValue = "${env:AQ_API_KEY}", paramLabel = "KEY",
			description = "A key that may post for the files' stations: a provider's or the admin key (default:"
					+ " AQ_API_KEY, else DIR/admin.key of --data-dir).")
	String key;

	@Option(names = "--data-dir", paramLabel = "DIR",
			description = "A local stack's data directory, for its admin key.")
	Path dataDir;

	@Option(names = "--batch-size", defaultValue = "5000", paramLabel = "N",
			description = "Readings per request, 1..10000. Default: ${DEFAULT-VALUE}.")
	int batchSize;

	@Option(names = "--in-flight", defaultValue = "4", paramLabel = "N",
			description = "Requests at a time. Default: ${DEFAULT-VALUE}.")
	int inFlight;

	@Option(names = "--attempts", defaultValue = "8", paramLabel = "N",
			description = "Tries per batch while ingest cannot take it (no answer, 5xx, 429). Default: ${DEFAULT-VALUE}.")
	int attempts;

	@Option(names = "--checkpoint", defaultValue = "aq-import.checkpoint", paramLabel = "FILE",
			description = "Where the acknowledged readings per file are kept. Default: ${DEFAULT-VALUE}.")
	Path checkpointFile;

	@Option(names = "--restart", description = "Ignore the checkpoint and send everything again.")
	boolean restart;

	@Option(names = "--keep-case", description = "Send station ids as the files spell them (default: lower case,"
			+ " the PRSA files' Dongsi is the registry's dongsi).")
	boolean keepCase;

	@Option(names = "--no-progress", description = "No progress line.")
	boolean noProgress;

	@Override
	public Integer call() throws InterruptedException {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		String problem = usageProblem();
		if (problem != null) {
			err.println("aq import: " + problem);
			err.flush();
			return USAGE_ERROR;
		}
		List<ImportRun.Source> sources = new ArrayList<>();
		Checkpoint checkpoint;
		try {
			for (Path file : files) {
				sources.add(new ImportRun.Source(Checkpoint.key(file), HourlyFile.read(file, format, zone)));
			}
			if (restart) {
				Files.deleteIfExists(checkpointFile);
			}
			checkpoint = Checkpoint.at(checkpointFile);
		}
		catch (IllegalArgumentException | IOException e) {
			err.println("aq import: " + e.getMessage());
			err.flush();
			return USAGE_ERROR;
		}
		ImportRun run = new ImportRun(new IngestClient(ingest, apiKey(), null),
				new ImportRun.Settings(batchSize, inFlight, attempts, Duration.ofMillis(500), !keepCase), checkpoint,
				zone);
		ImportRun.Summary summary = run.run(sources, line -> {
			if (!noProgress) {
				err.print("\r" + line);
				err.flush();
			}
		});
		if (!noProgress) {
			err.println();
		}
		out.println("aq import: " + files.size() + (files.size() == 1 ? " file, " : " files, ") + summary.text());
		out.flush();
		if (summary.failure() != null) {
			err.println("aq import: stopped: " + summary.failure() + "; run again to resume from " + checkpointFile);
			err.flush();
			return SERVICE_ERROR;
		}
		return 0;
	}

	private String usageProblem() {
		if (batchSize < 1 || batchSize > 10_000) {
			return "--batch-size must be 1..10000";
		}
		if (inFlight < 1 || attempts < 1) {
			return "--in-flight and --attempts must be at least 1";
		}
		if (apiKey() == null) {
			return "no key: give --key, AQ_API_KEY or --data-dir of a local stack";
		}
		return null;
	}

	private String apiKey() {
		if (key != null && !key.isBlank()) {
			return key.strip();
		}
		if (dataDir != null && Files.isReadable(dataDir.resolve("admin.key"))) {
			try {
				return Files.readString(dataDir.resolve("admin.key")).strip();
			}
			catch (IOException e) {
				return null;
			}
		}
		return null;
	}

}
