package io.cleanair.cli.bench;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

/** {@code aq bench queries}: placeholder until the query benchmark lands. */
@Command(name = "queries", mixinStandardHelpOptions = true, description = "Query benchmark (not yet).")
public class QueryBenchCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        return 2;
    }
}
