package cn.zfxxgk.report.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zfxxgk.report.OutputFormat;
import cn.zfxxgk.report.ReportEngine;
import cn.zfxxgk.report.problem.Language;
import cn.zfxxgk.report.serve.PreviewServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gen serve} as an author and a template editor use it, in headless Chromium: the page follows the server's
 * events, so a saved report and a saved template are shown within a second of the save; a broken template shows its
 * problem in the page and the server goes on; no path leads out of the preview. The last screenshot is kept in
 * {@code target/web/}.
 */
class PreviewBrowserIT {

    /** What the issue asks of the preview: a save shown within a second. */
    private static final long SHOWN_WITHIN_MILLIS = 1000;

    @TempDir
    Path work;

    @Test
    void savesAreShownWithinASecondAndABrokenTemplateShowsItsProblem() throws Exception {
        Browser.require();
        Path out = Files.createDirectories(Path.of("target/web").toAbsolutePath());
        Path report = Files.copy(Path.of("data/balikun-2023.yaml"), work.resolve("balikun-2023.yaml"));
        Path templates = Files.createDirectory(work.resolve("templates"));
        Path template = Files.copy(Path.of("templates/report.ftlh"), templates.resolve("report.ftlh"));
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        ReportEngine.Options options =
                new ReportEngine.Options(work.resolve("output"), EnumSet.of(OutputFormat.HTML), false, templates);
        try (PreviewServer server =
                PreviewServer.start(options, report, "balikun-2023.yaml", Language.EN, 0, lines::add)) {
            waitForFirstRender(server, lines);
            Browser.Result run = Browser.node(
                    "serve-check.mjs",
                    List.of(server.url(), report.toString(), template.toString(), out.toString()),
                    120);
            assertEquals(0, run.exit(), () -> "serve-check.mjs failed:\n" + run.errors());
            JsonNode result = new ObjectMapper().readTree(run.output());
            JsonNode steps = result.get("steps");
            assertEquals(3, steps.size(), run.output());
            for (JsonNode step : steps) {
                long millis = step.get("millis").asLong();
                assertTrue(
                        millis >= 0 && millis < SHOWN_WITHIN_MILLIS,
                        step.get("step").asText() + " shown after " + millis + " ms (-1: not within 10 s): " + step
                                + "\n" + String.join("\n", lines));
            }
            assertTrue(
                    steps.get(0).get("shown").asText().contains("预览测试一"),
                    steps.get(0).toString());
            assertTrue(
                    steps.get(1).get("shown").asText().startsWith("模板改过了"),
                    steps.get(1).toString());
            assertTrue(
                    steps.get(2).get("shown").asText().matches("(?s)report\\.ftlh:\\d+:\\d+: error: .*nothing.*"),
                    steps.get(2).toString());
            for (JsonNode request : result.get("traversal")) {
                assertEquals(404, request.get("status").asInt(), request.toString());
            }
            assertTrue(Files.size(Path.of(result.get("screenshot").asText())) > 10_000);
        }
    }

    /** The first render loads the fonts: wait for it (a minute at most) before the timed saves. */
    private static void waitForFirstRender(PreviewServer server, List<String> lines) throws InterruptedException {
        long end = System.nanoTime() + 60_000_000_000L;
        while (lines.stream().noneMatch(line -> line.contains("wrote PDF"))) {
            assertTrue(System.nanoTime() < end, () -> "no first render: " + lines);
            Thread.sleep(50);
        }
    }
}
