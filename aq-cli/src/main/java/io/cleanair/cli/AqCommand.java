package io.cleanair.cli;

import io.cleanair.bench.BenchCommand;
import io.cleanair.cli.aqi.AqiCommand;
import io.cleanair.cli.assess.AssessCommand;
import io.cleanair.cli.briefing.BriefingCommand;
import io.cleanair.cli.importing.ImportCommand;
import io.cleanair.cli.recompute.RecomputeCommand;
import io.cleanair.cli.simulate.SimulateCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code aq} command line: air-quality indices and assessments. */
@Command(name = "aq", mixinStandardHelpOptions = true, version = "aq 0.1.0",
		description = "Air-quality indices (HJ 633, US EPA), assessments (GB 3095, HJ 663), history import, briefings, a station simulator and a benchmark.",
		subcommands = { AqiCommand.class, AssessCommand.class, ImportCommand.class, RecomputeCommand.class,
				SimulateCommand.class, BenchCommand.class, BriefingCommand.class })
public class AqCommand implements Runnable {

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	public static void main(String[] args) {
		System.exit(new CommandLine(new AqCommand()).execute(args));
	}

	@Override
	public void run() {
		spec.commandLine().usage(spec.commandLine().getOut());
	}

}
