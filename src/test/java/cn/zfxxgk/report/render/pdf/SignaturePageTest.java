package cn.zfxxgk.report.render.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zfxxgk.report.OutputFormat;
import cn.zfxxgk.report.ReportEngine;
import cn.zfxxgk.report.readback.PdfReadback;
import cn.zfxxgk.report.readback.PdfReadback.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GB/T 9704: the signature block never stands alone on a page. A report whose last section grows one line at a time
 * through a whole page puts its signature at every possible place; on every one, the page with the signature also
 * carries body text.
 */
class SignaturePageTest {

    @TempDir
    Path work;

    @Test
    void theSignatureNeverStandsAloneOnAPage() throws IOException {
        String seed = Files.readString(Path.of("data/gangcha-2023.yaml"), StandardCharsets.UTF_8)
                + "\nsignature:\n  agency: 刚察县人民政府办公室\n  date: 2024-01-20\n";
        try (ReportEngine engine = new ReportEngine(
                new ReportEngine.Options(work, EnumSet.of(OutputFormat.PDF), false, Path.of("templates")))) {
            StringBuilder filler = new StringBuilder();
            for (int lines = 0; lines <= 24; lines++) {
                Path file = work.resolve("grow.yaml");
                Files.writeString(file, seed.replace("      无。\n", "      无。\n" + filler), StandardCharsets.UTF_8);
                ReportEngine.Result result = engine.generate(file, "grow.yaml");
                assertFalse(result.failed(), result.problems().toString());
                try (PdfReadback pdf = new PdfReadback(Files.readAllBytes(work.resolve("grow.pdf")))) {
                    List<Run> runs = pdf.runs();
                    Run agency = runs.stream()
                            .filter(r -> r.text().strip().equals("刚察县人民政府办公室") && r.y() > 150)
                            .reduce((a, b) -> b)
                            .orElseThrow();
                    long bodyOnThatPage = runs.stream()
                            .filter(r -> r.page() == agency.page())
                            .filter(r -> r.text().contains("补充说明") || r.text().contains("无。"))
                            .count();
                    assertTrue(
                            bodyOnThatPage > 0,
                            "with " + lines + " more lines the signature stands alone on page " + agency.page());
                }
                filler.append("      补充说明第").append(lines + 1).append("行。\n");
            }
        }
    }
}
