package cn.zfxxgk.report.fonts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import cn.zfxxgk.report.OutputFormat;
import cn.zfxxgk.report.ReportEngine;
import cn.zfxxgk.report.template.Templates;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
        Files.writeString(
                file,
                seed.replace("未收取任何信息处理费。", "未收取任何信息处理费𠀀。").replace("  行政强制: 56", "  行政强制: 56（𠀀）"),
                StandardCharsets.UTF_8);
        try (ReportEngine engine = new ReportEngine(new ReportEngine.Options(
                output,
                EnumSet.of(OutputFormat.PDF, OutputFormat.HTML),
                false,
                Path.of("templates"),
                List.of(),
                false))) {
            ReportEngine.Result result = engine.generate(file, "target/coverage.yaml");
            assertEquals(
                    List.of(
                            "target/coverage.yaml:44:94: error: character '𠀀' (U+20000) is in none of the fonts for body text (Noto "
                                    + "Sans SC); expected a character these fonts have, or a font that has it, given with --font",
                            // fonts.properties gives the tables and the page numbers the same families
                            "target/coverage.yaml:55:12: error: character '𠀀' (U+20000) is in none of the fonts for table and "
                                    + "pageNumber text (Noto Sans SC); expected a character these fonts have, or a font that "
                                    + "has it, given with --font"),
                    result.problems().stream().map(Object::toString).toList());
        }
        assertFalse(Files.exists(output.resolve("coverage.pdf")), "no PDF");
        assertFalse(Files.exists(output.resolve("coverage.html")), "nothing of a failed report is written");
    }

    @Test
    void theFontsCheckedAreTheOnesTheTemplatesCssGivesTheText() throws IOException {
        String seed = Files.readString(Path.of("data/balikun-2023.yaml"), StandardCharsets.UTF_8);
        Path file = Path.of("target", "heading.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, seed.replace("heading: 一、总体情况", "heading: 一、总体𠀀情况"), StandardCharsets.UTF_8);
        String rest =
                " (Noto Sans SC); expected a character these fonts have, or a font that has it, given with " + "--font";
        assertEquals(
                List.of("target/heading.yaml:18:18: error: character '𠀀' (U+20000) is in none of the fonts for "
                        + "heading text" + rest),
                pdfProblems(file, Path.of("templates")));

        // an editor moves the headings to the title's fonts: the check follows them
        Path templates = output.resolve("templates");
        Templates.export(templates, true, new ArrayList<>());
        Path page = templates.resolve("report.ftlh");
        String edited = Files.readString(page, StandardCharsets.UTF_8)
                .replace(
                        "h2.heading {\n    font-family: ${fonts.heading?no_esc};",
                        "h2.heading {\n    font-family: ${fonts.title?no_esc};");
        Files.writeString(page, edited, StandardCharsets.UTF_8);
        assertEquals(
                List.of("target/heading.yaml:18:18: error: character '𠀀' (U+20000) is in none of the fonts for "
                        + "title text" + rest),
                pdfProblems(file, templates));

        // and to a family of its own, outside fonts.properties
        Files.writeString(
                page,
                edited.replace(
                        "h2.heading {\n    font-family: ${fonts.title?no_esc};",
                        "h2.heading {\n    font-family: \"Noto Sans SC\", serif;"),
                StandardCharsets.UTF_8);
        assertEquals(
                List.of("target/heading.yaml:18:18: error: character '𠀀' (U+20000) is in none of the fonts the "
                        + "template gives it (Noto Sans SC, serif); expected a character these fonts have, or a font family of "
                        + "fonts.properties in the template's font-family, or a font that has it, given with --font"),
                pdfProblems(file, templates));
    }

    @Test
    void thePageNumbersAreCheckedAsTheTemplatesPageRulesPrintThem() throws IOException {
        Path templates = output.resolve("templates");
        Templates.export(templates, true, new ArrayList<>());
        Path page = templates.resolve("report.ftlh");
        String numbers = "content: \"— \" counter(page) \" —\"; font-family: ${fonts.pageNumber?no_esc};";
        String rules = Files.readString(page, StandardCharsets.UTF_8);
        assertEquals(2, rules.split(java.util.regex.Pattern.quote(numbers), -1).length - 1, "both page number rules");
        Files.writeString(
                page,
                rules.replace(
                        numbers, "content: \"第 \" counter(page) \" 页𠀀\"; font-family: ${fonts.pageNumber?no_esc};"),
                StandardCharsets.UTF_8);
        assertEquals(
                List.of("data/balikun-2023.yaml: error: character '𠀀' (U+20000) of the template's fixed text is "
                        + "in none of the fonts for table and pageNumber text (Noto Sans SC); expected a character these fonts "
                        + "have, or a font that has it, given with --font"),
                pdfProblems(Path.of("data/balikun-2023.yaml"), templates));
    }

    private List<String> pdfProblems(Path file, Path templates) throws IOException {
        try (ReportEngine engine = new ReportEngine(
                new ReportEngine.Options(output, EnumSet.of(OutputFormat.PDF), false, templates, List.of(), false))) {
            return engine.generate(file, file.toString()).problems().stream()
                    .map(Object::toString)
                    .toList();
        }
    }
}
