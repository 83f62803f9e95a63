package org.pledgegraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output files are replaced whole or not at all. */
class RdfFilesTest {

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void leavesThePreviousFileAsItWasWhenWritingFailsHalfWay(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("out.nq");
        Files.writeString(target, "previous\n");
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> RdfFiles.atomically(target, out -> {
            out.write("half of a new file".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("cannot write " + target + ": disk full", e.getMessage());
        assertEquals("previous\n", Files.readString(target));
        assertEquals(List.of("out.nq"), names(dir), "the temporary file is removed");
    }

    @Test
    void replacesThePreviousFileOnceTheNewOneIsComplete(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("sub/out.nq");
        RdfFiles.atomically(target, out -> out.write("first\n".getBytes(StandardCharsets.UTF_8)));
        RdfFiles.atomically(target, out -> out.write("second\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("second\n", Files.readString(target));
        assertEquals(List.of("out.nq"), names(dir.resolve("sub")));
    }
}
