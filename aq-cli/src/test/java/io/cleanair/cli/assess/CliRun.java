package io.cleanair.cli.assess;

import io.cleanair.cli.AqCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import picocli.CommandLine;

/** Runs {@code aq} in-process, capturing exit code, stdout and stderr. */
record CliRun(int exitCode, String out, String err) {

	static CliRun aq(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		CommandLine cli = new CommandLine(new AqCommand());
		cli.setOut(new PrintWriter(out, true));
		cli.setErr(new PrintWriter(err, true));
		int code = cli.execute(args);
		return new CliRun(code, out.toString(), err.toString());
	}

	List<String> outLines() {
		return out.lines().toList();
	}

	List<String> errLines() {
		return err.lines().toList();
	}
}
