package cn.zfxxgk.report.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zfxxgk.report.OutputFormat;
import cn.zfxxgk.report.ReportEngine;
import cn.zfxxgk.report.data.ReportLoader;
import cn.zfxxgk.report.problem.Problem;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

/**
 * Fuzzing the YAML loader and the whole render path with Jazzer. In a normal test run (regression mode) each target
 * runs on its committed corpus, {@code src/test/resources/cn/zfxxgk/report/fuzz/ReportFuzzTestInputs/}; to fuzz for
 * real, see README.md ("Fuzzing"). Whatever the bytes, the engine answers with problems or documents: never an
 * exception, a hang, or a document written for a file with errors.
 */
class ReportFuzzTest {

    private static final ReportLoader LOADER = new ReportLoader(false);

    @FuzzTest(maxDuration = "10m")
    void loadNeverThrows(byte[] data) {
        ReportLoader.Loaded loaded = LOADER.load(data, "fuzz.yaml");
        assertNotNull(loaded.problems());
        for (Problem problem : loaded.problems()) {
            assertTrue(problem.toString().startsWith("fuzz.yaml"), problem.toString());
            assertTrue(!problem.isError() || problem.message().contains("; "), "what is wrong; what to do: " + problem);
        }
        boolean errors = loaded.problems().stream().anyMatch(Problem::isError);
        assertEquals(!errors, loaded.report().isPresent(), "a report exactly when there is no error: " + loaded);
    }

    @FuzzTest(maxDuration = "10m")
    void renderNeverThrows(byte[] data) throws IOException {
        Path work = Files.createTempDirectory("fuzz");
        try {
            Path input = work.resolve("fuzz.yaml");
            Files.write(input, data);
            Path output = work.resolve("out");
            try (ReportEngine engine = new ReportEngine(new ReportEngine.Options(
                    output, EnumSet.allOf(OutputFormat.class), false, Path.of("templates"), List.of(), false))) {
                ReportEngine.Result result = engine.generate(input, "fuzz.yaml");
                for (OutputFormat format : OutputFormat.values()) { // PDF with its fonts and coverage check too
                    boolean written = Files.exists(output.resolve("fuzz." + format.extension()));
                    assertTrue(
                            result.failed() != written,
                            format + " written exactly when there is no error: " + result.problems());
                }
            }
        } finally {
            delete(work);
        }
    }

    private static void delete(Path path) {
        try (var walk = Files.walk(path)) {
            walk.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
