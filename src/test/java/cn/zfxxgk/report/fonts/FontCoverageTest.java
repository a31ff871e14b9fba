package cn.zfxxgk.report.fonts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import cn.zfxxgk.report.OutputFormat;
import cn.zfxxgk.report.ReportEngine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A character that no font can draw stops the run at its line and column: never a {@code #} or a box in the PDF. */
class FontCoverageTest {

    @TempDir
    Path output;

    @Test
    void aCharacterNoFontHasIsAnErrorAtItsPositionAndNoPdfIsWritten() throws IOException {
        String seed = Files.readString(Path.of("data/balikun-2023.yaml"), StandardCharsets.UTF_8);
        Path file = Path.of("target", "coverage.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, seed.replace("未收取任何信息处理费。", "未收取任何信息处理费𠀀。")
                .replace("  行政强制: 56", "  行政强制: 56（𠀀）"), StandardCharsets.UTF_8);
        try (ReportEngine engine = new ReportEngine(new ReportEngine.Options(output,
                EnumSet.of(OutputFormat.PDF, OutputFormat.HTML), false, Path.of("templates"), List.of(), false))) {
            ReportEngine.Result result = engine.generate(file, "target/coverage.yaml");
            assertEquals(List.of(
                    "target/coverage.yaml:44:94: error: character '𠀀' (U+20000) is in none of the fonts for body text (Noto "
                            + "Sans SC); expected a character these fonts have, or a font that has it, given with --font",
                    "target/coverage.yaml:55:12: error: character '𠀀' (U+20000) is in none of the fonts for table text (Noto "
                            + "Sans SC); expected a character these fonts have, or a font that has it, given with --font"),
                    result.problems().stream().map(Object::toString).toList());
        }
        assertFalse(Files.exists(output.resolve("coverage.pdf")), "no PDF");
        assertFalse(Files.exists(output.resolve("coverage.html")), "nothing of a failed report is written");
    }
}
