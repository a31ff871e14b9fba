package cn.zfxxgk.report.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** All documents of a report or none, even when the last move fails after the first ones succeeded. */
class AtomicFilesTest {

    @TempDir
    Path directory;

    @Test
    void writesEveryDocumentAndLeavesNoTemporaryFile() throws IOException {
        Path html = directory.resolve("r.html");
        Files.writeString(html, "old");
        Map<Path, byte[]> documents = new LinkedHashMap<>();
        documents.put(html, bytes("new html"));
        documents.put(directory.resolve("r.pdf"), bytes("new pdf"));

        AtomicFiles.writeAll(documents);

        assertEquals("new html", Files.readString(html));
        assertEquals("new pdf", Files.readString(directory.resolve("r.pdf")));
        assertEquals(List.of("r.html", "r.pdf"), names());
    }

    /**
     * The last target cannot be replaced (here a directory holding a file, as a .docx held open by WPS on Windows): the
     * documents already moved into place are put back as they were, one that did not exist is removed again, and
     * nothing is left beside them.
     */
    @Test
    void whenTheLastMoveFailsTheOnesBeforeArePutBack() throws IOException {
        Path html = directory.resolve("r.html");
        Path pdf = directory.resolve("r.pdf");
        Path docx = directory.resolve("r.docx");
        Files.writeString(html, "previous html");
        Files.createDirectories(docx);
        Files.writeString(docx.resolve("held-open"), "");
        Map<Path, byte[]> documents = new LinkedHashMap<>();
        documents.put(html, bytes("new html"));
        documents.put(pdf, bytes("new pdf"));
        documents.put(docx, bytes("new docx"));

        assertThrows(IOException.class, () -> AtomicFiles.writeAll(documents));

        assertArrayEquals(bytes("previous html"), Files.readAllBytes(html));
        assertFalse(Files.exists(pdf), "a document that was not there before is not there after");
        assertEquals(List.of("r.docx", "r.html"), names());
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
