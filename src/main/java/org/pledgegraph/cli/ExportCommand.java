package org.pledgegraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.pledgegraph.publish.RdfOutput;
import org.pledgegraph.publish.RdfSyntax;
import org.pledgegraph.publish.VoidDescription;
import org.pledgegraph.store.GraphStore;
import org.pledgegraph.store.RdfFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code pledgegraph export}: writes the whole graph, with its VoID description, in one RDF syntax. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the whole graph in one RDF syntax, with the dataset's VoID and DCAT description as the "
                + "named graph {base}graph/void: the same files the server offers under /dumps/.",
                "N-Quads, TriG and JSON-LD keep the named graphs (one per source file); Turtle, N-Triples and "
                + "RDF/XML carry the union of all graphs. JSON-LD uses short keys (\"headline\", \"actor\") from "
                + "pledgegraph's context, embedded in the file and published at /context.jsonld.",
                "Uses the store built by 'build'; when it is missing or stale (the data, base or program changed), "
                + "builds it first, as 'build' would."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "1:written, but building the store found input errors; or the export failed",
            "2:usage error"})
final class ExportCommand implements Callable<Integer> {
    /** The endpoint path the VoID description names, under the base. */
    static final String SPARQL_PATH = "pledgegraph/sparql";

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions data;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "One of ttl, trig, nq, nt, jsonld, rdfxml.")
    String format;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write to FILE, replaced only once complete (default: standard output).")
    Path out;

    @Option(names = "--no-validate", negatable = false,
            description = "When the store has to be built first, skip SHACL validation.")
    boolean noValidate;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        RdfSyntax syntax;
        try {
            syntax = RdfSyntax.byName(format);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        GraphStore store = GraphStore.at(data.store);
        DatasetGraph dsg;
        int code = Main.OK;
        if (store.isFresh(data.dataDirs(), data.base)) {
            dsg = store.load();
        } else {
            err.println("pledgegraph: the store in " + data.store + " is missing or stale; building it first");
            GraphBuild.Result r = GraphBuild.rebuild(store, data.dataDirs(), data.base, !noValidate, err);
            dsg = r.dataset();
            code = r.errorCount() > 0 ? Main.FAILED : Main.OK;
        }
        VoidDescription.addTo(dsg, data.base, SPARQL_PATH);
        if (out != null) {
            RdfFiles.atomically(out, o -> Txn.executeRead(dsg, () -> RdfOutput.write(dsg, syntax, o)));
        } else {
            PrintWriter stdout = spec.commandLine().getOut();
            try (OutputStream o = new BufferedOutputStream(new WriterStream(stdout), 1 << 16)) {
                Txn.executeRead(dsg, () -> RdfOutput.write(dsg, syntax, o));
            } catch (IOException e) {
                err.println("pledgegraph: cannot write to standard output: " + e.getMessage());
                return Main.FAILED;
            }
            if (stdout.checkError()) {
                err.println("pledgegraph: standard output was closed before the export was complete");
                return Main.FAILED;
            }
        }
        return code;
    }

    /** Decodes UTF-8 bytes into the command's output writer as they come; closing it flushes but keeps the writer. */
    static final class WriterStream extends OutputStream {
        private final Writer writer;
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        private final ByteBuffer bytes = ByteBuffer.allocate(1 << 13);
        private final CharBuffer chars = CharBuffer.allocate(1 << 13);

        WriterStream(Writer writer) {
            this.writer = writer;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                int n = Math.min(bytes.remaining(), len);
                bytes.put(b, off, n);
                off += n;
                len -= n;
                decode(false);
            }
        }

        private void decode(boolean end) throws IOException {
            bytes.flip();
            while (true) {
                CoderResult r = decoder.decode(bytes, chars, end);
                drain();
                if (r.isUnderflow()) {
                    break;
                }
            }
            bytes.compact();
        }

        private void drain() throws IOException {
            chars.flip();
            writer.write(chars.array(), chars.position(), chars.remaining());
            chars.clear();
        }

        @Override
        public void flush() throws IOException {
            writer.flush();
        }

        @Override
        public void close() throws IOException {
            decode(true);
            decoder.flush(chars);
            drain();
            writer.flush();
        }
    }
}
