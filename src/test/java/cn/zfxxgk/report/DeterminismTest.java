package cn.zfxxgk.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import cn.zfxxgk.report.readback.PdfReadback;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.EnumSet;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same input gives byte-identical documents, whenever it is rendered, so users can diff and cache them. */
class DeterminismTest {

    @TempDir
    Path work;

    private void render(Path output) throws Exception {
        try (ReportEngine engine = new ReportEngine(
                new ReportEngine.Options(output, EnumSet.allOf(OutputFormat.class), false, Path.of("templates")))) {
            for (Seeds seed : Seeds.values()) {
                assertFalse(engine.generate(seed.data(), seed.data().toString()).failed());
            }
        }
    }

    @Test
    void twoRunsASecondApartGiveTheSameBytes() throws Exception {
        render(work.resolve("first"));
        Thread.sleep(1100); // the PDF's and the DOCX's dates would differ if they were the wall clock's
        render(work.resolve("second"));
        for (Seeds seed : Seeds.values()) {
            for (OutputFormat format : OutputFormat.values()) {
                String name = seed.id() + "." + format.extension();
                assertArrayEquals(
                        Files.readAllBytes(work.resolve("first").resolve(name)),
                        Files.readAllBytes(work.resolve("second").resolve(name)),
                        name);
            }
        }
    }

    @Test
    void thePdfIsDatedByTheSignature() throws Exception {
        render(work.resolve("dated"));
        try (PdfReadback pdf = new PdfReadback(Files.readAllBytes(work.resolve("dated/balikun-2023.pdf")))) {
            Calendar created = pdf.document().getDocumentInformation().getCreationDate();
            created.setTimeZone(TimeZone.getTimeZone("Asia/Shanghai"));
            assertEquals(
                    "2024-1-10 0:00",
                    created.get(Calendar.YEAR) + "-" + (created.get(Calendar.MONTH) + 1) + "-"
                            + created.get(Calendar.DAY_OF_MONTH) + " " + created.get(Calendar.HOUR_OF_DAY) + ":0"
                            + created.get(Calendar.MINUTE));
        }
    }
}
