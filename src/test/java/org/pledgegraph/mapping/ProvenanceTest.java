package org.pledgegraph.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pledgegraph.mapping.TestGraphs.BASE;
import static org.pledgegraph.mapping.TestGraphs.seeds;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The build graph says, for every file's named graph, which file it came from, its hash and which build made it. */
class ProvenanceTest {

    private static List<String> inputFiles() throws IOException {
        try (Stream<Path> s = Files.walk(Path.of("data"))) {
            return s.filter(Files::isRegularFile).map(p -> Path.of("data").relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    private static String sha256(Path p) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    }

    @Test
    void givesEveryInputFileOneNamedGraphExceptSidecars() throws IOException {
        List<String> expected = new ArrayList<>();
        for (String f : inputFiles()) {
            if (!f.equals("seeds/002_b9fa2a5927193a27.yaml") && !f.equals("seeds/004_533119cc18372630.yaml")) {
                expected.add(BASE + "graph/" + f);
            }
        }
        expected.add(BASE + "graph/build");
        expected.sort(null);
        assertEquals(expected, seeds().graphNames());
        assertEquals(expected.size() - 1, seeds().report().files());
    }

    @Test
    void recordsThePathHashAndFormatOfEveryFileRead() throws Exception {
        TestGraphs.Built b = seeds();
        for (String f : inputFiles()) {
            String format = f.endsWith(".yaml") ? "application/yaml"
                    : f.startsWith("seeds/002") || f.startsWith("seeds/004") ? "text/plain" : "text/markdown";
            assertTrue(b.ask("GRAPH <" + BASE + "graph/build> { <" + BASE + "source/" + f + "> a pg:SourceFile ;"
                    + " pg:path \"" + f + "\" ; pg:sha256 \"" + sha256(Path.of("data", f)) + "\" ;"
                    + " dcterms:format \"" + format + "\" ; ^prov:used ?build }"), f);
        }
    }

    @Test
    void derivesEachGraphFromItsFileAndAPlainTextArticleAlsoFromItsSidecar() {
        TestGraphs.Built b = seeds();
        assertEquals(List.of(BASE + "source/seeds/002_b9fa2a5927193a27.txt", BASE + "source/seeds/002_b9fa2a5927193a27.yaml"),
                b.select("<" + BASE + "graph/seeds/002_b9fa2a5927193a27.txt> prov:wasDerivedFrom ?x"));
        assertEquals(List.of(BASE + "source/events/events.yaml"),
                b.select("<" + BASE + "graph/events/events.yaml> a pg:SourceGraph ; prov:wasDerivedFrom ?x"));
    }

    @Test
    void describesOneBuildThatMadeEveryGraphAtTheBuildTime() {
        TestGraphs.Built b = seeds();
        List<String> builds = b.select("?x a prov:Activity , pg:Build");
        assertEquals(1, builds.size());
        String build = builds.get(0);
        assertTrue(build.matches(java.util.regex.Pattern.quote(BASE) + "build/[0-9a-f]{12}"), build);
        assertTrue(b.ask("<" + build + "> prov:endedAtTime \"2026-01-02T03:04:05Z\"^^xsd:dateTime ;"
                + " prov:wasAssociatedWith pg:pledgegraph . pg:pledgegraph a prov:SoftwareAgent"));
        assertEquals(b.graphNames().size() - 1,
                b.select("?x a pg:SourceGraph ; prov:wasGeneratedBy <" + build + ">").size());
        // Only the build graph describes graphs and files: the files' own graphs hold their facts only.
        assertTrue(b.ask("GRAPH ?g { ?s a pg:SourceGraph } FILTER(?g = <" + BASE + "graph/build>)"));
        assertEquals(List.of(BASE + "graph/build"), b.select("GRAPH ?x { ?s a ?t FILTER(?t IN (pg:SourceGraph,"
                + " pg:SourceFile, pg:Build)) }"));
    }
}
