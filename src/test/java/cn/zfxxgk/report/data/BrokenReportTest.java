package cn.zfxxgk.report.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import cn.zfxxgk.report.problem.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Broken copies of a seed, each made by a few text edits and listed with the exact messages it must give, in
 * {@code src/test/resources/broken/cases.yaml}. One case per behaviour; messages are compared verbatim.
 */
class BrokenReportTest {

    private static final Path SEED = Path.of("data/balikun-2023.yaml");

    static Stream<Arguments> cases() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("src/test/resources/broken/cases.yaml"))) {
            List<Map<String, Object>> cases = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return cases.stream().map(c -> Arguments.of(Named.of((String) c.get("name"), c)));
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    @SuppressWarnings("unchecked")
    void givesExactlyTheExpectedMessages(Map<String, Object> c) throws IOException {
        String text = Files.readString(SEED, StandardCharsets.UTF_8);
        for (List<String> edit : (List<List<String>>) c.getOrDefault("replace", List.of())) {
            assertNotEquals(-1, text.indexOf(edit.get(0)), "edit target not found: " + edit.get(0));
            assertEquals(text.indexOf(edit.get(0)), text.lastIndexOf(edit.get(0)), "edit target not unique: " + edit.get(0));
            text = text.replace(edit.get(0), edit.get(1));
        }
        boolean strict = Boolean.TRUE.equals(c.get("strict"));
        ReportLoader.Loaded loaded = new ReportLoader(strict).load(text.getBytes(StandardCharsets.UTF_8), "broken.yaml");
        List<String> messages = loaded.problems().stream().map(Problem::toString).toList();
        assertEquals(c.get("expected"), messages);
        assertEquals(c.getOrDefault("fails", true), loaded.failed(), "whether the file fails");
    }
}
