package cn.zfxxgk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zfxxgk.report.problem.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The corpus of real published reports in {@code src/test/resources/reports}: every file is listed in the folder's
 * README with its source text beside it, loads without an error and with exactly the warnings the README lists,
 * renders in every format, and prints no line of prose that is not in the text the source gave. So the corpus
 * cannot rot silently when the engine or the data change.
 */
class RealReportsTest {

    private static final Path FOLDER = Path.of("src/test/resources/reports");
    private static final Pattern README_ROW = Pattern.compile("^\\| `([^`]+\\.yaml)` \\|");

    private static ReportEngine engine;

    @TempDir
    static Path output;

    @BeforeAll
    static void startEngine() throws IOException {
        engine = new ReportEngine(
                new ReportEngine.Options(output, EnumSet.allOf(OutputFormat.class), false, Path.of("templates")));
    }

    @AfterAll
    static void stopEngine() throws IOException {
        engine.close();
    }

    static List<String> reports() {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> readme() {
        try {
            return Files.readAllLines(FOLDER.resolve("README.md"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of the fenced block under the README's heading 'Warnings'. */
    private static List<String> listedWarnings() {
        List<String> lines = readme();
        int heading = lines.indexOf("## Warnings");
        assertTrue(heading >= 0, "README.md has no '## Warnings' section");
        int open = lines.subList(heading, lines.size()).indexOf("```text") + heading;
        int close = lines.subList(open + 1, lines.size()).indexOf("```") + open + 1;
        assertTrue(open > heading && close > open, "README.md's Warnings section has no ```text block");
        return lines.subList(open + 1, close);
    }

    private static String text(String report) {
        try {
            return Files.readString(
                    FOLDER.resolve("text").resolve(report.replace(".yaml", ".txt")), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theReadmeListsEveryReportAndEveryReportHasItsSourceText() {
        List<String> listed = new ArrayList<>();
        for (String line : readme()) {
            Matcher m = README_ROW.matcher(line);
            if (m.find()) {
                listed.add(m.group(1));
            }
        }
        assertEquals(reports(), listed.stream().sorted().toList(), "the README's table of reports");
        for (String report : reports()) {
            assertTrue(
                    Files.isRegularFile(FOLDER.resolve("text").resolve(report.replace(".yaml", ".txt"))),
                    "text/ has no source text for " + report);
        }
        assertTrue(reports().size() >= 12, "the corpus has " + reports().size() + " reports; it promises at least 12");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void loadsWithoutErrorsAndWithExactlyTheWarningsTheReadmeLists(String report) {
        List<Problem> problems = engine.check(FOLDER.resolve(report), report).problems();
        assertEquals(
                List.of(),
                problems.stream()
                        .filter(Problem::isError)
                        .map(Problem::toString)
                        .toList(),
                "errors in " + report);
        List<String> expected = listedWarnings().stream()
                .filter(w -> w.startsWith(report + ":"))
                .toList();
        assertEquals(expected, problems.stream().map(Problem::toString).toList(), "warnings of " + report);
    }

    @Test
    void theReadmeListsNoWarningOfAFileThatIsNotThere() {
        List<String> reports = reports();
        for (String warning : listedWarnings()) {
            assertTrue(reports.contains(warning.substring(0, warning.indexOf(':'))), "README.md lists " + warning);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void rendersInEveryFormat(String report) {
        ReportEngine.Result result = engine.generate(FOLDER.resolve(report), report);
        assertFalse(result.failed(), () -> report + ": " + result.problems());
        assertEquals(OutputFormat.values().length, result.written().size(), "documents written for " + report);
    }

    /**
     * Every title line, heading, paragraph and the signature of the YAML occur in the source text (spaces aside): the
     * transcription adds nothing, and a paragraph cut off by the source is not printed as if it were whole.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void printsNoLineOfProseThatTheSourceDidNotGive(String report) throws IOException {
        Map<String, Object> data = new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(Files.readString(FOLDER.resolve(report), StandardCharsets.UTF_8));
        List<String> lines = new ArrayList<>();
        if (data.get("title") instanceof List<?> title) {
            title.forEach(t -> lines.add(String.valueOf(t)));
        }
        if (data.get("preamble") instanceof String preamble) {
            lines.addAll(preamble.lines().toList());
        }
        for (Object item : (List<?>) data.get("sections")) {
            Map<?, ?> section = (Map<?, ?>) item;
            lines.add(String.valueOf(section.get("heading")));
            if (section.get("text") instanceof String text) {
                lines.addAll(text.lines().toList());
            }
        }
        if (data.get("signature") instanceof Map<?, ?> signature) {
            lines.add(String.valueOf(signature.get("agency")));
            Object written = signature.get("date"); // SnakeYAML reads 2021-01-20 as a timestamp at midnight UTC
            LocalDate date = written instanceof Date d
                    ? LocalDate.ofInstant(d.toInstant(), ZoneOffset.UTC)
                    : LocalDate.parse(String.valueOf(written));
            lines.add(date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日");
        }
        String source = withoutSpace(text(report));
        List<String> missing = lines.stream()
                .filter(l -> !l.isBlank())
                .filter(l -> !source.contains(withoutSpace(l)))
                .toList();
        assertEquals(
                List.of(), missing, report + " prints lines that are not in text/" + report.replace(".yaml", ".txt"));
    }

    private static String withoutSpace(String text) {
        return text.replaceAll("[\\s\\u00A0\\u3000]+", "");
    }
}
