package org.pledgegraph.mapping;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.pledgegraph.model.Article;
import org.pledgegraph.model.Entity;
import org.pledgegraph.model.EntityKind;
import org.pledgegraph.model.PolicyEvent;
import org.pledgegraph.source.CatalogReader;
import org.pledgegraph.source.DataFile;
import org.pledgegraph.source.DataScanner;
import org.pledgegraph.source.Diagnostics;
import org.pledgegraph.source.EventReader;
import org.pledgegraph.source.FrontMatterReader;
import org.pledgegraph.source.InputException;
import org.pledgegraph.source.Located;
import org.pledgegraph.source.PlainTextReader;
import org.pledgegraph.source.Sidecar;
import org.pledgegraph.source.YamlDataReader;
import org.pledgegraph.vocab.Namespaces;

/**
 * Maps every file under the data folders to quads and sends them to a {@link StreamRDF}: catalogs first (so
 * articles can be matched against them), then articles (in parallel, emitted in file order), then events, then the
 * build graph that describes them all. A file that cannot be mapped is reported and left out; the others are
 * mapped. Only one window of files is held at a time, never the whole corpus.
 */
public final class Mapper {
    private final List<Path> dataDirs;
    private final Iris iris;
    private final Instant buildTime;
    private final boolean strict;
    private final int threads;

    /** Told how many article files have been mapped; called from the thread that runs {@link #run}. */
    @FunctionalInterface
    public interface Progress {
        void update(int done, int total);
    }

    /** Thrown in strict mode at the first error; carries the report so far. */
    public static final class StrictStop extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient MapReport report;

        public StrictStop(String message, MapReport report) {
            super(message);
            this.report = report;
        }

        public MapReport report() {
            return report;
        }
    }

    private Mapper(Builder b) {
        this.dataDirs = List.copyOf(b.dataDirs);
        this.iris = Iris.of(b.base);
        this.buildTime = b.buildTime;
        this.strict = b.strict;
        this.threads = b.threads;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Configures a {@link Mapper}. */
    public static final class Builder {
        private List<Path> dataDirs = List.of(Path.of("data"));
        private String base = org.pledgegraph.vocab.PG.DEFAULT_BASE;
        private Instant buildTime = Instant.now();
        private boolean strict;
        private int threads = Math.max(1, Runtime.getRuntime().availableProcessors());

        private Builder() {
        }

        public Builder dataDirs(List<Path> dirs) {
            this.dataDirs = Objects.requireNonNull(dirs);
            return this;
        }

        public Builder base(String base) {
            this.base = Objects.requireNonNull(base);
            return this;
        }

        public Builder buildTime(Instant time) {
            this.buildTime = Objects.requireNonNull(time);
            return this;
        }

        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1");
            }
            this.threads = threads;
            return this;
        }

        /**
         * Returns the mapper.
         *
         * @throws IllegalArgumentException when the base IRI is unusable
         */
        public Mapper build() {
            return new Mapper(this);
        }
    }

    /** The state of one run. */
    private final class Run {
        final StreamRDF out;
        final long started = System.nanoTime();
        final Registry registry = new Registry();
        final List<String> warnings = new ArrayList<>();
        final List<String> errors = new ArrayList<>();
        final List<ProvenanceMapper.MappedGraph> graphs = new ArrayList<>();
        int files;
        int events;
        long quads;
        final Set<String> providers = new HashSet<>();

        Run(StreamRDF out) {
            this.out = out;
        }

        void error(String message) {
            errors.add(message);
            if (strict) {
                throw new StrictStop(message, report());
            }
        }

        void emit(List<Quad> qs) {
            for (Quad q : qs) {
                out.quad(q);
            }
            quads += qs.size();
        }

        MapReport report() {
            return new MapReport(files, registry.articleCount(), providers.size(),
                    registry.count(EntityKind.ORGANIZATION), registry.count(EntityKind.PERSON),
                    registry.count(EntityKind.PRODUCT), events, quads, warnings, errors,
                    (System.nanoTime() - started) / 1e9);
        }
    }

    /**
     * Maps everything and sends it to {@code out} (start and finish included).
     *
     * @throws IllegalArgumentException when a data folder is missing
     * @throws StrictStop in strict mode, at the first error
     */
    public MapReport run(StreamRDF out) {
        return run(out, (done, total) -> { });
    }

    /** Maps everything to {@code out}, telling {@code progress} as article files are done. */
    public MapReport run(StreamRDF out, Progress progress) {
        DataScanner.Scan scan = DataScanner.scan(dataDirs);
        Run run = new Run(out);
        run.warnings.addAll(scan.warnings());
        out.start();
        Namespaces.prefixes().getNsPrefixMap().forEach(out::prefix);
        try {
            List<DataFile> yaml = new ArrayList<>();
            List<DataFile> articles = new ArrayList<>();
            for (DataFile f : scan.files()) {
                (f.format() == DataFile.Format.YAML ? yaml : articles).add(f);
            }
            run.files = scan.files().size();
            List<Loaded<CatalogReader.Result>> catalogs = new ArrayList<>();
            List<Loaded<EventReader.Result>> eventFiles = new ArrayList<>();
            readYaml(run, yaml, catalogs, eventFiles);
            mapCatalogs(run, catalogs);
            mapArticles(run, articles, progress);
            mapEvents(run, eventFiles);
            Emitter em = new Emitter(iris.buildGraph());
            new ProvenanceMapper(iris).map(run.graphs, buildTime, em);
            run.emit(em.quads());
        } finally {
            out.finish();
        }
        return run.report();
    }

    /** A YAML data file's content with its provenance. */
    private record Loaded<T>(DataFile file, ProvenanceMapper.Input input, T content) {
    }

    private void readYaml(Run run, List<DataFile> yaml, List<Loaded<CatalogReader.Result>> catalogs,
            List<Loaded<EventReader.Result>> eventFiles) {
        for (DataFile f : yaml) {
            try {
                byte[] bytes = read(f);
                Diagnostics d = new Diagnostics();
                YamlDataReader.Content c = YamlDataReader.read(YamlDataReader.decode(bytes, f.relPath()),
                        f.relPath(), d);
                run.warnings.addAll(d.warnings());
                ProvenanceMapper.Input input = new ProvenanceMapper.Input(f.relPath(), Iris.sha256(bytes),
                        f.format().mediaType());
                if (c.catalog() != null) {
                    catalogs.add(new Loaded<>(f, input, c.catalog()));
                } else {
                    eventFiles.add(new Loaded<>(f, input, c.events()));
                }
            } catch (InputException e) {
                run.error(e.getMessage());
            }
        }
    }

    private void mapCatalogs(Run run, List<Loaded<CatalogReader.Result>> catalogs) {
        // An id defined again in a later file is an error there; only its first definition is mapped.
        List<List<Located<Entity>>> accepted = new ArrayList<>();
        for (Loaded<CatalogReader.Result> l : catalogs) {
            for (InputException e : l.content().errors()) {
                run.error(e.getMessage());
            }
            List<Located<Entity>> kept = new ArrayList<>();
            for (Located<Entity> e : l.content().entities()) {
                if (run.registry.has(e.value().kind(), e.value().id())) {
                    run.error(e.file() + ":" + e.line() + ": id: " + e.value().kind().segment() + " \""
                            + e.value().id() + "\" is defined twice");
                } else {
                    run.registry.add(e.value());
                    kept.add(e);
                }
            }
            accepted.add(kept);
        }
        run.registry.catalogComplete();
        CatalogMapper mapper = new CatalogMapper(iris, run.registry);
        for (int i = 0; i < catalogs.size(); i++) {
            Loaded<CatalogReader.Result> l = catalogs.get(i);
            Emitter em = new Emitter(iris.graph(l.file().relPath()));
            for (Located<Entity> e : accepted.get(i)) {
                Emitter one = new Emitter(em.graph());
                try {
                    mapper.map(e.value(), one);
                    em.addAll(one);
                } catch (IllegalArgumentException ex) {
                    run.error(e.file() + ":" + e.line() + ": " + ex.getMessage());
                }
            }
            finishGraph(run, l.file(), List.of(l.input()), em);
        }
    }

    private void finishGraph(Run run, DataFile f, List<ProvenanceMapper.Input> inputs, Emitter em) {
        run.emit(em.quads());
        run.graphs.add(new ProvenanceMapper.MappedGraph(f.relPath(), inputs));
    }

    /** The outcome of mapping one article file on a worker thread. */
    private record ArticleFile(DataFile file, List<ProvenanceMapper.Input> inputs, List<Quad> quads,
            Set<String> articles, Set<String> providers, Node document, List<String> warnings, String error) {
    }

    private void mapArticles(Run run, List<DataFile> files, Progress progress) {
        ArticleMapper mapper = new ArticleMapper(iris, run.registry);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "pledgegraph-map");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<ArticleFile>> window = new ArrayDeque<>();
            int windowSize = threads * 8;
            int next = 0;
            int done = 0;
            while (next < files.size() || !window.isEmpty()) {
                while (next < files.size() && window.size() < windowSize) {
                    DataFile f = files.get(next++);
                    window.add(pool.submit(() -> mapArticleFile(mapper, f)));
                }
                ArticleFile r = take(window.removeFirst());
                run.warnings.addAll(r.warnings());
                if (r.error() != null) {
                    run.error(r.error());
                } else {
                    run.emit(r.quads());
                    r.articles().forEach(run.registry::addArticle);
                    run.providers.addAll(r.providers());
                    if (r.document() != null) {
                        run.registry.addDocument(r.file().relPath(), r.document());
                    }
                    run.graphs.add(new ProvenanceMapper.MappedGraph(r.file().relPath(), r.inputs()));
                }
                progress.update(++done, files.size());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static ArticleFile take(Future<ArticleFile> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while mapping", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("mapping failed unexpectedly: " + e.getCause(), e.getCause());
        }
    }

    private ArticleFile mapArticleFile(ArticleMapper mapper, DataFile f) {
        Diagnostics d = new Diagnostics();
        List<ProvenanceMapper.Input> inputs = new ArrayList<>();
        try {
            byte[] bytes = read(f);
            inputs.add(new ProvenanceMapper.Input(f.relPath(), Iris.sha256(bytes), f.format().mediaType()));
            String text = YamlDataReader.decode(bytes, f.relPath());
            Article a;
            if (f.format() == DataFile.Format.NEWS_ITEM) {
                a = FrontMatterReader.read(text, f.relPath(), d);
            } else {
                Sidecar sidecar = Sidecar.empty();
                if (f.sidecar() != null) {
                    byte[] sb = read(f.sidecar());
                    inputs.add(new ProvenanceMapper.Input(f.sidecar().relPath(), Iris.sha256(sb),
                            f.sidecar().format().mediaType()));
                    sidecar = Sidecar.read(YamlDataReader.decode(sb, f.sidecar().relPath()), f.sidecar().relPath(),
                            d);
                }
                a = PlainTextReader.read(text, f.relPath(), sidecar, d);
            }
            Emitter em = new Emitter(iris.graph(f.relPath()));
            Set<String> seen = new LinkedHashSet<>();
            Node node = mapper.map(a, em, seen);
            Set<String> providers = new HashSet<>();
            collectProviders(a, providers);
            return new ArticleFile(f, inputs, em.quads(), seen, providers,
                    f.format() == DataFile.Format.PLAIN_TEXT ? node : null,
                    d.warnings(), null);
        } catch (InputException e) {
            return new ArticleFile(f, inputs, List.of(), Set.of(), Set.of(), null, d.warnings(), e.getMessage());
        }
    }

    private static void collectProviders(Article a, Set<String> providers) {
        if (a.provider() != null) {
            providers.add(a.provider().domain());
        }
        for (Article r : a.related()) {
            collectProviders(r, providers);
        }
    }

    private void mapEvents(Run run, List<Loaded<EventReader.Result>> eventFiles) {
        // As for catalogs: an event id defined again in a later file is an error there and is not mapped.
        List<List<Located<PolicyEvent>>> accepted = new ArrayList<>();
        for (Loaded<EventReader.Result> l : eventFiles) {
            for (InputException e : l.content().errors()) {
                run.error(e.getMessage());
            }
            List<Located<PolicyEvent>> kept = new ArrayList<>();
            for (Located<PolicyEvent> e : l.content().events()) {
                if (run.registry.hasEvent(e.value().id())) {
                    run.error(e.file() + ":" + e.line() + ": id: event \"" + e.value().id() + "\" is defined twice");
                } else {
                    run.registry.addEvent(e.value().id());
                    kept.add(e);
                }
            }
            accepted.add(kept);
        }
        EventMapper mapper = new EventMapper(iris, run.registry);
        for (int i = 0; i < eventFiles.size(); i++) {
            Loaded<EventReader.Result> l = eventFiles.get(i);
            Emitter em = new Emitter(iris.graph(l.file().relPath()));
            for (Located<PolicyEvent> e : accepted.get(i)) {
                Emitter one = new Emitter(em.graph());
                Diagnostics d = new Diagnostics();
                try {
                    mapper.map(e.value(), one, d, e.file(), e.line());
                    em.addAll(one);
                    run.events++;
                } catch (IllegalArgumentException ex) {
                    run.error(e.file() + ":" + e.line() + ": " + ex.getMessage());
                }
                run.warnings.addAll(d.warnings());
            }
            finishGraph(run, l.file(), List.of(l.input()), em);
        }
    }

    private static byte[] read(DataFile f) {
        try {
            long size = Files.size(f.path());
            if (size > MAX_FILE_BYTES) {
                throw new InputException(f.relPath(), 0, null, "file is " + size + " bytes, more than the limit of "
                        + MAX_FILE_BYTES);
            }
            return Files.readAllBytes(f.path());
        } catch (IOException e) {
            throw new InputException(f.relPath(), 0, null, "cannot read: " + e.getMessage());
        }
    }

    /** The largest input file read, so one stray file cannot exhaust memory. */
    static final long MAX_FILE_BYTES = 16L * 1024 * 1024;
}
