package cn.zfxxgk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch goes on past a report the engine fails on, and says which one it was. */
class ReportBatchTest {

    @TempDir
    Path output;

    @Test
    void aFaultInOneReportIsRecordedAndTheOthersAreWritten() throws IOException {
        Path faulty = Path.of("data/gangcha-2023.yaml");
        List<Path> files = List.of(Path.of("data/balikun-2023.yaml"), faulty, Path.of("data/huocheng-2023.yaml"));
        ReportEngine.Options options = new ReportEngine.Options(output, EnumSet.of(OutputFormat.HTML), false, null);

        ReportBatch.Summary summary =
                ReportBatch.run(files, options, 2, notice -> {}, done -> {}, (engine, file, name) -> {
                    if (file.equals(faulty)) {
                        throw new IllegalStateException("a defect met in this report");
                    }
                    return engine.generate(file, name);
                });

        assertTrue(summary.faulted());
        assertEquals(
                List.of("data/gangcha-2023.yaml"),
                summary.failed().stream().map(ReportEngine.Result::file).toList());
        ReportEngine.Result fault = summary.results().get(1);
        assertEquals(
                "data/gangcha-2023.yaml: error: internal error: java.lang.IllegalStateException: a defect met in "
                        + "this report; this is a fault of gen, not of the report, and none of its documents was written (gen "
                        + "--verbose prints the details)",
                fault.problems().get(0).toString());
        assertTrue(Files.isRegularFile(output.resolve("balikun-2023.html")));
        assertTrue(Files.isRegularFile(output.resolve("huocheng-2023.html")), "the report after the fault is written");
        assertFalse(Files.exists(output.resolve("gangcha-2023.html")));
        assertFalse(summary.results().get(0).faulted());
    }
}
