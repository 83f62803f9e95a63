package org.pledgegraph.mapping;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.junit.jupiter.api.Test;

/** Two builds of the same input give the same output, byte for byte, when the build clock is fixed. */
class DeterminismTest {

    private static byte[] nquads(int threads, Instant buildTime) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StreamRDF writer = StreamRDFWriter.getWriterStream(out, Lang.NQUADS);
        MapReport r = Mapper.builder().dataDirs(List.of(Path.of("data"))).threads(threads).buildTime(buildTime)
                .build().run(writer);
        assertEquals(List.of(), r.errors());
        return out.toByteArray();
    }

    @Test
    void twoBuildsOfTheSeedsGiveByteIdenticalNQuads() {
        byte[] first = nquads(2, TestGraphs.BUILD_TIME);
        byte[] second = nquads(2, TestGraphs.BUILD_TIME);
        assertTrue(first.length > 100_000, "the seeds make a substantial output: " + first.length);
        assertArrayEquals(first, second);
    }

    @Test
    void theNumberOfThreadsDoesNotChangeTheOutput() {
        assertArrayEquals(nquads(1, TestGraphs.BUILD_TIME), nquads(3, TestGraphs.BUILD_TIME));
    }

    @Test
    void onlyTheBuildTimeDependsOnTheClock() {
        List<String> a = lines(nquads(2, TestGraphs.BUILD_TIME));
        List<String> b = lines(nquads(2, TestGraphs.BUILD_TIME.plusSeconds(3600)));
        assertEquals(a.size(), b.size());
        List<String> differing = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(b.get(i))) {
                differing.add(a.get(i));
            }
        }
        assertEquals(1, differing.size(), differing.toString());
        assertTrue(differing.get(0).contains("<http://www.w3.org/ns/prov#endedAtTime> \"2026-01-02T03:04:05Z\""),
                differing.get(0));
        // The build's IRI comes from the inputs, not the clock.
        assertNotEquals(-1, a.stream().filter(l -> l.contains("/build/")).findFirst().map(b::indexOf).orElse(-1));
    }

    private static List<String> lines(byte[] nq) {
        return Arrays.asList(new String(nq, StandardCharsets.UTF_8).split("\n"));
    }
}
