package cn.zfxxgk.report.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zfxxgk.report.OutputFormat;
import cn.zfxxgk.report.ReportEngine;
import cn.zfxxgk.report.Seeds;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every seed's HTML as a reader's browser shows it (headless Chromium at 360 px, a phone, and 1280 px, a desktop):
 * axe-core finds no WCAG 2.1 A or AA violation, and nothing but a table's own scroll box reaches past the window's
 * right edge, so the page never scrolls sideways. The screenshots are kept in {@code target/web/} to look at.
 */
class WebAccessibilityIT {

    private static final Path OUT = Path.of("target/web").toAbsolutePath();

    private static JsonNode pages;

    @BeforeAll
    static void checkInChromium() throws IOException {
        Browser.require();
        Files.createDirectories(OUT);
        List<String> args = new ArrayList<>(List.of(OUT.toString(), "360,1280"));
        try (ReportEngine engine = new ReportEngine(
                new ReportEngine.Options(OUT, EnumSet.of(OutputFormat.HTML), false, Path.of("templates")),
                notice -> {})) {
            for (Seeds seed : Seeds.values()) {
                ReportEngine.Result result =
                        engine.generate(seed.data(), seed.data().toString());
                assertFalse(result.failed(), () -> "problems: " + result.problems());
                args.add(OUT.resolve(seed.id() + ".html").toString());
            }
        }
        Browser.Result run = Browser.node("axe-check.mjs", args, 600);
        assertEquals(0, run.exit(), () -> "axe-check.mjs failed:\n" + run.errors());
        pages = new ObjectMapper().readTree(run.output()).get("pages");
        assertEquals(Seeds.values().length * 2, pages.size(), "every seed at both widths");
    }

    @Test
    void axeFindsNoWcag21AaViolation() {
        List<String> found = new ArrayList<>();
        for (JsonNode page : pages) {
            for (JsonNode violation : page.get("violations")) {
                for (JsonNode node : violation.get("nodes")) {
                    found.add(Path.of(page.get("file").asText()).getFileName() + " at "
                            + page.get("width").asInt()
                            + " px: " + violation.get("id").asText() + " ("
                            + violation.get("help").asText() + ") "
                            + node.get("target").asText() + ": "
                            + node.get("summary").asText());
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void thePageNeverScrollsSideways() {
        for (JsonNode page : pages) {
            String where = Path.of(page.get("file").asText()).getFileName() + " at "
                    + page.get("width").asInt() + " px";
            assertEquals(
                    page.get("viewportWidth").asInt(), page.get("pageWidth").asInt(), where + ": page width");
            assertEquals("[]", page.get("overflowing").toString(), where + ": elements past the right edge");
        }
    }

    @Test
    void screenshotsAreKept() throws IOException {
        for (JsonNode page : pages) {
            Path shot = Path.of(page.get("screenshot").asText());
            assertTrue(Files.size(shot) > 10_000, shot + " is a real screenshot");
        }
    }
}
