package org.pledgegraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.riot.RDFFormat;
import org.pledgegraph.mapping.Mapper;
import org.pledgegraph.store.GraphStore;
import org.pledgegraph.store.RdfFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code pledgegraph build}: maps the data folders to RDF, validates it, stores it, and prints a summary. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Maps every file under the data folders to RDF (one named graph per file), validates the "
                + "result against the shapes, keeps it in the store for 'serve', and prints a summary.",
                "A file that cannot be mapped is reported as FILE:LINE: field: reason; every other file is still "
                + "mapped and written."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all files mapped and valid", "1:some input had errors (the good files were still "
                + "written)", "2:usage error"})
final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions data;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Also write the whole dataset to FILE, in the syntax its extension names: .nq, .trig, "
                    + ".jsonld (with named graphs) or .ttl, .nt, .rdf (the union of all graphs).")
    Path out;

    @Option(names = "--strict", description = "Stop at the first error and write nothing.")
    boolean strict;

    @Option(names = "--no-validate", negatable = false,
            description = "Skip SHACL validation of the result.")
    boolean noValidate;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RDFFormat format = null;
        if (out != null) {
            try {
                format = RdfFiles.formatFor(out);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
        }
        GraphBuild.Result r;
        try {
            r = GraphBuild.run(data.dataDirs(), data.base, strict, !noValidate);
        } catch (Mapper.StrictStop stop) {
            err.println("error: " + stop.getMessage());
            err.println("pledgegraph: stopped at the first error (--strict); nothing was written");
            return Main.FAILED;
        }
        GraphBuild.printDiagnostics(r, err);
        GraphStore.at(data.store).save(r.dataset(), data.dataDirs(), data.base, r.summary());
        if (out != null) {
            RdfFiles.write(r.dataset(), out, format);
            if (!RdfFiles.isQuads(format)) {
                err.println("note: " + out + " holds the union of all graphs; use .nq, .trig or .jsonld to keep"
                        + " the named graphs");
            }
        }
        stdout.println(r.summary());
        return r.errorCount() > 0 ? Main.FAILED : Main.OK;
    }
}
