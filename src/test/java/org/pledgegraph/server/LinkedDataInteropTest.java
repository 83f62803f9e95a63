package org.pledgegraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.iterator.Iter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgegraph.publish.RdfSyntax;

/**
 * Independent parsers agree with Jena: every dump and every content-negotiated description parses with Debian's
 * rapper (raptor2-utils) or python3-rdflib (JSON-LD and TriG) and gives the same number of statements as Jena reads.
 */
class LinkedDataInteropTest {
    private static final List<String> RESOURCES = List.of("/organization/ibm",
            "/article/mashable.com/article/ibm-facial-recognition-law-enforcement-congress",
            "/event/2020-06-08-ibm-exits-facial-recognition", "/.well-known/void");
    private static final Pattern RAPPER_COUNT = Pattern.compile("Parsing returned (\\d+) triples");

    @TempDir
    static Path dir;
    private static LinkedDataTestServer server;

    @BeforeAll
    static void start() throws IOException {
        server = LinkedDataTestServer.start(Files.createDirectories(dir.resolve("store")));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** A file to check, what Jena counts in it, and its syntax. */
    private record Sample(Path file, RdfSyntax syntax, long jena) {
    }

    private static List<Sample> samples;

    /** Returns every dump and description, fetched once and counted by Jena. */
    private static synchronized List<Sample> samples() throws IOException {
        if (samples != null) {
            return samples;
        }
        List<Sample> out = new ArrayList<>();
        for (RdfSyntax s : RdfSyntax.values()) {
            HttpResponse<byte[]> r = server.get("/dumps/pledgegraph." + s.extension());
            assertEquals(200, r.statusCode());
            out.add(sample("dump." + s.extension(), r.body(), s, s.isQuads()));
            int i = 0;
            for (String path : RESOURCES) {
                HttpResponse<byte[]> d = server.get(path, "Accept", s.mediaType());
                assertEquals(200, d.statusCode(), path + " as " + s);
                // Descriptions are quads in TriG and N-Quads, triples in the other syntaxes (JSON-LD too).
                out.add(sample("resource" + i++ + "." + s.extension(), d.body(), s,
                        s == RdfSyntax.TRIG || s == RdfSyntax.NQUADS || path.contains("void")));
            }
        }
        samples = out;
        return out;
    }

    private static Sample sample(String name, byte[] body, RdfSyntax s, boolean quads) throws IOException {
        Path file = Files.write(dir.resolve(name), body);
        long jena = quads || s.isQuads()
                ? Iter.count(LinkedDataServerTest.quads(body, s).find())
                : LinkedDataServerTest.triples(body, s).size();
        assertTrue(jena > 0, name + " is not empty");
        return new Sample(file, s, jena);
    }

    @Test
    void rapperCountsWhatJenaCounts() throws IOException {
        ExternalTools.require(ExternalTools.RAPPER, "raptor2-utils");
        for (Sample s : samples()) {
            String syntax = switch (s.syntax()) {
                case TURTLE -> "turtle";
                case TRIG -> "trig";
                case NQUADS -> "nquads";
                case NTRIPLES -> "ntriples";
                case RDFXML -> "rdfxml";
                case JSONLD -> null; // raptor has no JSON-LD parser; rdflib checks those
            };
            if (syntax == null) {
                continue;
            }
            ExternalTools.Result r = ExternalTools.run(List.of(ExternalTools.RAPPER.toString(), "-i", syntax, "-c",
                    s.file().toString()), 60);
            assertEquals(0, r.exitCode(), s.file() + ": " + r.err());
            Matcher m = RAPPER_COUNT.matcher(r.err());
            assertTrue(m.find(), r.err());
            assertEquals(s.jena(), Long.parseLong(m.group(1)), "rapper and Jena on " + s.file().getFileName());
        }
    }

    @Test
    void rdflibCountsWhatJenaCountsForJsonLdAndTrig() throws IOException {
        ExternalTools.requireRdflib();
        String script = "import sys, rdflib\n"
                + "for arg in sys.argv[1:]:\n"
                + "    path, fmt = arg.rsplit('=', 1)\n"
                + "    ds = rdflib.Dataset()\n"
                + "    ds.parse(path, format=fmt)\n"
                + "    print(path, sum(1 for _ in ds.quads((None, None, None, None))))\n";
        Map<String, Sample> byPath = new LinkedHashMap<>();
        List<String> command = new ArrayList<>(List.of(ExternalTools.PYTHON.toString(), "-c", script));
        for (Sample s : samples()) {
            if (s.syntax() == RdfSyntax.JSONLD || s.syntax() == RdfSyntax.TRIG) {
                command.add(s.file() + "=" + (s.syntax() == RdfSyntax.JSONLD ? "json-ld" : "trig"));
                byPath.put(s.file().toString(), s);
            }
        }
        ExternalTools.Result r = ExternalTools.run(command, 120);
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(byPath.size(), lines.size(), r.out());
        for (String line : lines) {
            int space = line.lastIndexOf(' ');
            Sample s = byPath.get(line.substring(0, space));
            assertEquals(s.jena(), Long.parseLong(line.substring(space + 1)),
                    "rdflib and Jena on " + s.file().getFileName());
        }
    }
}
