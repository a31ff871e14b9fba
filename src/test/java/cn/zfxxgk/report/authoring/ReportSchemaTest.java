package cn.zfxxgk.report.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zfxxgk.report.Seeds;
import cn.zfxxgk.report.data.ReportLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The editor schema: in sync with the engine's forms, valid for every data file, and agreeing with the engine. */
class ReportSchemaTest {

    /** Broken cases (src/test/resources/corpus/cases.yaml) that only the engine can judge: YAML syntax, duplicate
     *  keys, anchors and tags, the calendar, control and invisible characters, fonts, the 勾稽 rules, rows or tables
     *  given twice, lengths of lines and cells, and numbers in other notations. */
    private static final List<String> ENGINE_ONLY = List.of(
            "a wrong row total is a warning naming the cell with both numbers",
            "with --strict a wrong total is an error",
            "a （七）总计 that breaks the table's note gives both rules",
            "a duplicate key names both lines",
            "a line without a colon is a syntax error on that line",
            "a tab used for indentation",
            "an impossible date",
            "a Java class tag is refused before anything is read",
            "standard YAML tags are refused too",
            "anchors and aliases are refused",
            "full labels and short labels both name a row; a row given twice is refused",
            "control characters are refused, whether raw or escaped",
            "every kind of invisible character is refused, each named",
            "an escaped lone surrogate is half a character, not a question mark",
            "a variation selector after a Chinese character reaches the font check, which says the fonts lack it",
            "a table cell of hundreds of characters is not a table cell",
            "a paragraph, a title line and a heading far longer than any report has",
            "numbers in another notation are not a number and a note",
            "a full-width colon after a key",
            "a colon without its space",
            "an unclosed bracket is named where it opens",
            "a bracket left open at the end of the file is named where it opens",
            "an unclosed quote is named where it opens",
            "every problem at once, the 勾稽 rules of a file that has an error too",
            "a raw control character is a syntax error at its place",
            "a 总计 left out is computed, and a lost value is reported",
            "a row given twice within a group",
            "a table shown twice",
            "a character no font covers",
            "a right-to-left override is refused",
            "a zero-width space is refused",
            "two YAML documents in one file",
            "a Python object tag",
            "a local tag",
            "a mapping key among list items (YAML syntax)");

    @Test
    void theCommittedSchemaIsTheOneTheEngineMakes() throws IOException {
        assertEquals(
                ReportSchema.json(),
                Files.readString(Path.of("data/report.schema.json")),
                "data/report.schema.json is stale: run java -jar gen.jar schema > data/report.schema.json");
    }

    @ParameterizedTest
    @EnumSource(Seeds.class)
    void everyDataFileMatchesTheSchema(Seeds seed) throws IOException {
        String yaml = Files.readString(seed.data(), StandardCharsets.UTF_8);
        assertTrue(yaml.startsWith("# yaml-language-server: $schema=report.schema.json\n"), "points editors at it");
        assertEquals(List.of(), SchemaValidation.problems(yaml));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSchemaAndTheEngineAgreeOnTheBrokenFilesTheyBothJudge() throws IOException {
        String seed = Files.readString(Path.of("src/test/resources/corpus/balikun-2023.yaml"), StandardCharsets.UTF_8);
        List<Map<String, Object>> cases;
        try (InputStream in = Files.newInputStream(Path.of("src/test/resources/corpus/cases.yaml"))) {
            cases = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        }
        int judged = 0;
        for (Map<String, Object> c : cases) {
            String name = (String) c.get("name");
            if (ENGINE_ONLY.contains(name)
                    || !c.containsKey("replace")
                    || c.containsKey("encoding")
                    || Integer.valueOf(0).equals(c.get("exit"))) {
                continue; // the engine's alone, not a UTF-8 copy of the seed with edits, or in fact valid
            }
            String text = seed;
            for (List<String> edit : (List<List<String>>) c.get("replace")) {
                text = text.replace(edit.get(0), edit.get(1));
            }
            boolean engineFails = new ReportLoader(false)
                    .load(text.getBytes(StandardCharsets.UTF_8), "x.yaml")
                    .failed();
            List<String> schemaProblems = SchemaValidation.problems(text);
            assertTrue(engineFails, "the engine refuses: " + name);
            assertFalse(schemaProblems.isEmpty(), "the schema refuses too: " + name);
            judged++;
        }
        assertTrue(judged >= 10, "cases both judge: " + judged);
    }
}
