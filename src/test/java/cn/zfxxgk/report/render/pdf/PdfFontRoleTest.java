package cn.zfxxgk.report.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zfxxgk.report.OutputFormat;
import cn.zfxxgk.report.ReportEngine;
import cn.zfxxgk.report.Requirements;
import cn.zfxxgk.report.readback.PdfReadback;
import cn.zfxxgk.report.readback.PdfReadback.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which font draws which role. With the system's fonts (CI installs Debian's 宋, 楷 and 黑 fonts) the roles must use
 * them; with the system's fonts hidden ({@code GEN_SYSTEM_FONTS=false}, CI's second run) everything is drawn with the
 * built-in Noto Sans SC — and the content checks of {@link SeedPdfTest} pass either way.
 */
class PdfFontRoleTest {

    @TempDir
    Path output;

    private List<Run> render() throws IOException {
        try (ReportEngine engine = new ReportEngine(
                new ReportEngine.Options(output, EnumSet.of(OutputFormat.PDF), false, Path.of("templates")))) {
            ReportEngine.Result result = engine.generate(Path.of("data/balikun-2023.yaml"), "data/balikun-2023.yaml");
            assertFalse(result.failed(), result.problems().toString());
        }
        try (PdfReadback pdf = new PdfReadback(Files.readAllBytes(output.resolve("balikun-2023.pdf")))) {
            return pdf.runs();
        }
    }

    private static String fontOf(List<Run> runs, String text) {
        return runs.stream()
                .filter(r -> r.text().strip().startsWith(text))
                .findFirst()
                .orElseThrow()
                .font();
    }

    @Test
    void eachRoleUsesItsFont() throws IOException {
        List<Run> runs = render();
        if (!ReportEngine.systemFontsByDefault()) {
            for (Run run : runs) {
                assertTrue(run.font().endsWith("+NotoSansSC-Regular"), "built-in font only: " + run);
            }
            return;
        }
        Requirements.requireDebianCjkFonts();
        // AR PL SungtiL GB is BousungEG-Light-GB inside; AR PL KaitiM GB is GBZenKai-Medium.
        assertTrue(fontOf(runs, "2023年巴里坤县人民政府信息").endsWith("+BousungEG-Light-GB"), "title: 宋");
        assertTrue(fontOf(runs, "依据《中华人民共和国").endsWith("+BousungEG-Light-GB"), "body: 宋 for 仿宋");
        assertTrue(fontOf(runs, "一、总体情况").endsWith("+WenQuanYiZenHei"), "heading: 黑");
        assertTrue(fontOf(runs, "（一）全面落实主动公开工作方面").endsWith("+GBZenKai-Medium"), "sub-heading: 楷");
        assertTrue(fontOf(runs, "第二十条第（一）项").endsWith("+BousungEG-Light-GB"), "table: 宋");
        assertTrue(fontOf(runs, "（本列数据的勾稽关系为").endsWith("+GBZenKai-Medium"), "table note: 楷");
        assertEquals(fontOf(runs, "— 1 —"), fontOf(runs, "依据《中华人民共和国"), "page number: 宋");
    }
}
