package org.pledgegraph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pledgegraph.vocab.PG;
import picocli.CommandLine.Option;

/** The options every command that builds the graph shares: input folders, base IRI and store. */
final class DataOptions {
    @Option(names = "--data", paramLabel = "DIR",
            description = "A folder of input files; repeat for several (default: data).")
    List<Path> data = new ArrayList<>();

    @Option(names = "--base", paramLabel = "IRI", defaultValue = PG.DEFAULT_BASE,
            description = "Base of every minted IRI, ending in / (default: ${DEFAULT-VALUE}).")
    String base;

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "target/store",
            description = "Where the built graph is kept for serving (default: ${DEFAULT-VALUE}).")
    Path store;

    /** Returns the data folders, {@code data} when none was given. */
    List<Path> dataDirs() {
        return data.isEmpty() ? List.of(Path.of("data")) : List.copyOf(data);
    }
}
