package org.pledgegraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The timeline and IBM's page in real headless Chromium (Debian's chromium package): every event of the seed data is
 * on the timeline, the script draws every relation, and no page logs anything to the console. Screenshots are kept in
 * target/screenshots/ for people to look at.
 */
class LinkedDataBrowserTest {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String PG = "https://w3id.org/pledgegraph/ontology#";

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

    /** Runs Chromium headless on {@code path} with a fresh profile; {@code mode} is --dump-dom or --screenshot=FILE. */
    private static ExternalTools.Result chromium(String path, String mode) throws IOException {
        Path profile = Files.createTempDirectory(dir, "chromium-profile");
        List<String> command = List.of(ExternalTools.CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--hide-scrollbars", "--enable-logging=stderr", "--v=0",
                "--user-data-dir=" + profile, mode, "--window-size=1400,1000", server.url(path));
        ExternalTools.Result r = ExternalTools.run(command, 90);
        assertEquals(0, r.exitCode(), "chromium on " + path + ": " + r.err());
        return r;
    }

    /** Returns the console messages and uncaught errors Chromium logged. */
    private static List<String> console(ExternalTools.Result r) {
        List<String> out = new ArrayList<>();
        for (String line : r.err().lines().toList()) {
            if (line.contains(":CONSOLE") || line.contains("Uncaught")) {
                out.add(line);
            }
        }
        return out;
    }

    @Test
    void timelineShowsEveryEventAndDrawsEveryRelationWithoutConsoleErrors() throws IOException {
        ExternalTools.require(ExternalTools.CHROMIUM, "chromium");
        ExternalTools.Result dom = chromium("/timeline", "--dump-dom");
        assertEquals(List.of(), console(dom), "console messages");
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile("data-event-iri=\"([^\"]+)\"").matcher(dom.out());
        while (m.find()) {
            found.add(m.group(1));
        }
        Set<String> expected = LinkedDataServerTest.policyEvents();
        assertEquals(16, expected.size(), "the seed data has 16 events");
        assertEquals(expected.size(), found.size(), "one element per event");
        assertEquals(expected, new TreeSet<>(found));
        assertEquals(relations(), count(dom.out(), "<path d=\"M[^\"]+\" class=\"rel-"),
                "the script drew every relation");
        assertEquals(2, count(dom.out(), "<path d=\"M[^\"]+\" class=\"rel-contradicts\""), "both contradictions");

        Files.createDirectories(SCREENSHOTS);
        Path shot = SCREENSHOTS.resolve("timeline.png");
        Files.deleteIfExists(shot);
        ExternalTools.Result r = chromium("/timeline", "--screenshot=" + shot.toAbsolutePath());
        assertEquals(List.of(), console(r), "console messages");
        assertTrue(Files.size(shot) > 20_000, "a screenshot of the timeline in " + shot);
    }

    @Test
    void timelineFiltersByOrganizationAndTypeFromTheAddress() throws IOException {
        ExternalTools.require(ExternalTools.CHROMIUM, "chromium");
        String ibm = LinkedDataSeed.IBM;
        ExternalTools.Result dom = chromium("/timeline?actor=" + java.net.URLEncoder.encode(ibm,
                java.nio.charset.StandardCharsets.UTF_8) + "&type=Pledge&type=Contract", "--dump-dom");
        assertEquals(List.of(), console(dom), "console messages");
        Set<String> visible = new TreeSet<>();
        Matcher m = Pattern.compile("<div class=\"ev[^\"]*\" data-event-iri=\"([^\"]+)\"([^>]*)>").matcher(dom.out());
        while (m.find()) {
            if (!m.group(2).contains(" hidden")) {
                visible.add(m.group(1));
            }
        }
        assertEquals(Set.of(LinkedDataSeed.EVENT, LinkedDataSeed.CONTRACT), visible, "IBM's pledge and contract only");
        assertEquals(1, count(dom.out(), "<path d=\"M[^\"]+\" class=\"rel-contradicts\""),
                "only the relation between the two shown events is drawn");
    }

    @Test
    void organizationPageRendersWithoutConsoleErrors() throws IOException {
        ExternalTools.require(ExternalTools.CHROMIUM, "chromium");
        Files.createDirectories(SCREENSHOTS);
        Path shot = SCREENSHOTS.resolve("organization-ibm.png");
        Files.deleteIfExists(shot);
        ExternalTools.Result r = chromium("/organization/ibm", "--screenshot=" + shot.toAbsolutePath());
        assertEquals(List.of(), console(r), "console messages");
        assertTrue(Files.size(shot) > 20_000, "a screenshot of IBM's page in " + shot);
    }

    /** Returns how many extends, contradicts and respondsTo links join two events in the data. */
    private static long relations() {
        Dataset ds = LinkedDataSeed.dataset();
        return Txn.calculateRead(ds, () -> {
            long n = 0;
            for (String p : List.of("extends", "contradicts", "respondsTo")) {
                Node predicate = NodeFactory.createURI(PG + p);
                n += org.apache.jena.atlas.iterator.Iter.count(ds.asDatasetGraph().getUnionGraph()
                        .find(Node.ANY, predicate, Node.ANY));
            }
            return n;
        });
    }

    private static long count(String text, String regex) {
        return Pattern.compile(regex).matcher(text).results().count();
    }
}
