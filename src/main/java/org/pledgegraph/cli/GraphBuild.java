package org.pledgegraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.pledgegraph.mapping.Iris;
import org.pledgegraph.mapping.MapReport;
import org.pledgegraph.mapping.Mapper;
import org.pledgegraph.mapping.ShapesValidator;
import org.pledgegraph.store.GraphStore;

/**
 * Runs one build: maps the data folders into an in-memory dataset, validates it against the shapes, and reports.
 * Shared by {@code build} and {@code serve} (which builds when its store is missing or stale).
 */
final class GraphBuild {
    /** A progress bar is shown for runs with at least this many article files, and only on a terminal. */
    private static final int PROGRESS_THRESHOLD = 500;

    /**
     * The outcome: the dataset, the mapper's report (shape results of lesser severity added to its warnings), and
     * the shape violations, worded like input errors.
     */
    record Result(DatasetGraph dataset, MapReport report, List<String> violations) {
        int errorCount() {
            return report.errors().size() + violations.size();
        }

        /** Returns the summary line, with shape violations counted as errors. */
        String summary() {
            MapReport r = report;
            List<String> errors = new ArrayList<>(r.errors());
            errors.addAll(violations);
            return new MapReport(r.files(), r.articles(), r.providers(), r.organizations(), r.people(),
                    r.products(), r.events(), r.quads(), r.warnings(), errors, r.seconds()).summary();
        }
    }

    private GraphBuild() {
    }

    /**
     * Builds the graph.
     *
     * @throws UsageException for a missing data folder or unusable base IRI
     * @throws Mapper.StrictStop in strict mode at the first error
     */
    static Result run(List<Path> dataDirs, String base, boolean strict, boolean validate) {
        for (Path d : dataDirs) {
            if (!java.nio.file.Files.isDirectory(d)) {
                throw new UsageException("data folder " + d + " does not exist or is not a folder");
            }
        }
        Mapper mapper;
        try {
            mapper = Mapper.builder().dataDirs(dataDirs).base(base).buildTime(buildTime()).strict(strict).build();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        DatasetGraph dsg = DatasetGraphFactory.create();
        MapReport report;
        try (ProgressDisplay display = new ProgressDisplay()) {
            report = mapper.run(StreamRDFLib.dataset(dsg), display);
        }
        List<String> violations = List.of();
        if (validate) {
            ShapesValidator.Result shapes = ShapesValidator.fromClasspath().validate(dsg, Iris.of(base));
            violations = shapes.violations();
            if (strict && !violations.isEmpty()) {
                throw new Mapper.StrictStop(violations.get(0), report);
            }
            if (!shapes.warnings().isEmpty()) {
                List<String> warnings = new ArrayList<>(report.warnings());
                warnings.addAll(shapes.warnings());
                report = new MapReport(report.files(), report.articles(), report.providers(), report.organizations(),
                        report.people(), report.products(), report.events(), report.quads(), warnings,
                        report.errors(), report.seconds());
            }
        }
        return new Result(dsg, report, violations);
    }

    /** Returns the build clock: SOURCE_DATE_EPOCH (seconds) when set, for reproducible builds; else now. */
    static Instant buildTime() {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch == null || epoch.isBlank()) {
            return Instant.now();
        }
        try {
            return Instant.ofEpochSecond(Long.parseLong(epoch.strip()));
        } catch (NumberFormatException e) {
            throw new UsageException("SOURCE_DATE_EPOCH must be a number of seconds, but is \"" + epoch + "\"");
        }
    }

    /**
     * Builds the graph (not strict), prints its warnings, errors and summary line on {@code err}, and replaces the
     * store with it: what 'serve' and 'export' do when their store is missing or stale.
     */
    static Result rebuild(GraphStore store, List<Path> dataDirs, String base, boolean validate, PrintWriter err) {
        Result r = run(dataDirs, base, false, validate);
        printDiagnostics(r, err);
        store.save(r.dataset(), dataDirs, base, r.summary());
        err.println(r.summary());
        return r;
    }

    /** Prints every warning and error, each on its own line. */
    static void printDiagnostics(Result r, PrintWriter err) {
        for (String w : r.report().warnings()) {
            err.println("warning: " + w);
        }
        for (String e : r.report().errors()) {
            err.println("error: " + e);
        }
        for (String v : r.violations()) {
            err.println("error: " + v);
        }
    }

    /** A progress bar on the terminal for long runs; nothing when output is not a terminal. */
    private static final class ProgressDisplay implements Mapper.Progress, AutoCloseable {
        private final boolean console = System.console() != null;
        private ProgressBar bar;

        @Override
        public void update(int done, int total) {
            if (!console || total < PROGRESS_THRESHOLD) {
                return;
            }
            if (bar == null) {
                bar = new ProgressBarBuilder().setTaskName("Mapping").setInitialMax(total)
                        .setStyle(ProgressBarStyle.ASCII).setUnit(" files", 1)
                        .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
            }
            bar.stepTo(done);
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }
}
