package cn.zfxxgk.report.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zfxxgk.report.FileNames;
import cn.zfxxgk.report.cli.GenerateCommand;
import cn.zfxxgk.report.data.ReportLoader;
import cn.zfxxgk.report.model.Report;
import cn.zfxxgk.report.problem.Language;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Published report pages saved whole, as their sites serve them (site chrome, metadata tables, the CMS's nested spans),
 * imported through {@code gen import} and compared with a transcription made by hand from the same page: every cell,
 * paragraph, heading, title line and the signature, and the exact warnings. The pages and where they come from are
 * listed in {@code src/test/resources/import/real/README.md}.
 */
class RealPageImportTest {

    private static final Path REAL = Path.of("src/test/resources/import/real");
    private static final Path SHUYANG_FGJ = REAL.resolve("shuyang-fgj-2023.html");
    private static final Path SHUYANG_FGJ_BY_HAND = Path.of("src/test/resources/reports/full/shuyang-fgj-2023.yaml");

    /** 沭阳县发改局 2023 fills only 自然人 and 总计 in table 三: each of the 25 rows reports its five blank cells. */
    private static List<String> shuyangFgjWarnings(String source) {
        int[] lines = {
            414, 440, 469, 495, 524, 550, 576, 602, 628, 654, 680, 706, 735, 761, 787, 816, 842, 868, 894, 920, 949,
            975, 1001, 1027, 1053
        };
        String[] rows = {
            "一、本年新收",
            "二、上年结转",
            "三、（一）予以公开",
            "三、（二）部分公开",
            "三、（三）不予公开 1.属于国家秘密",
            "三、（三）不予公开 2.其他法律行政法规禁止公开",
            "三、（三）不予公开 3.危及“三安全一稳定”",
            "三、（三）不予公开 4.保护第三方合法权益",
            "三、（三）不予公开 5.属于三类内部事务信息",
            "三、（三）不予公开 6.属于四类过程性信息",
            "三、（三）不予公开 7.属于行政执法案卷",
            "三、（三）不予公开 8.属于行政查询事项",
            "三、（四）无法提供 1.本机关不掌握相关政府信息",
            "三、（四）无法提供 2.没有现成信息需要另行制作",
            "三、（四）无法提供 3.补正后申请内容仍不明确",
            "三、（五）不予处理 1.信访举报投诉类申请",
            "三、（五）不予处理 2.重复申请",
            "三、（五）不予处理 3.要求提供公开出版物",
            "三、（五）不予处理 4.无正当理由大量反复申请",
            "三、（五）不予处理 5.要求行政机关确认或重新出具已获取信息",
            "三、（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
            "三、（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
            "三、（六）其他处理 3.其他",
            "三、（七）总计",
            "四、结转下年度"
        };
        List<String> warnings = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            warnings.add(source + ":" + lines[i] + ":7: warning: 依申请公开 " + rows[i] + " 商业企业, 科研机构, 社会公益组织, "
                    + "法律服务机构, 其他 are blank in the published table, kept blank (~: printed blank, counted as 0); "
                    + "expected a number or 0");
        }
        return warnings;
    }

    @TempDir
    Path work;

    @Test
    void shuyangFgjImportsAsTranscribedByHand() throws Exception {
        Importer.Result result = Importer.read(
                Files.readAllBytes(SHUYANG_FGJ),
                SHUYANG_FGJ.getFileName().toString(),
                "shuyang-fgj-2023.html",
                new Importer.Options(null, null, Language.EN));
        assertEquals(shuyangFgjWarnings("shuyang-fgj-2023.html"), findings(result));
        assertEquals(Importer.Outcome.COMPLETE, result.outcome());
        assertEquals(
                RoundTripTest.dump(load(Files.readAllBytes(SHUYANG_FGJ_BY_HAND), "by hand")),
                RoundTripTest.dump(load(result.yaml().orElseThrow().getBytes(StandardCharsets.UTF_8), "imported")));
    }

    /**
     * The stored copy cannot show whether the page's spacing runs (the signature's indent, the {@code <o:p> </o:p>} of
     * blank cells) are spaces or no-break spaces, as Word writes them: both must import alike.
     */
    @Test
    void noBreakSpacesInPlaceOfTheSpacesImportAlike() throws Exception {
        String page = Files.readString(SHUYANG_FGJ, StandardCharsets.UTF_8);
        String nbsp = page.replace("<o:p> </o:p>", "<o:p>\u00A0</o:p>")
                .replaceAll("(?<=<o:p>) +(?=[沭2])", "\u00A0".repeat(20));
        assertTrue(nbsp.contains("<o:p>\u00A0</o:p>") && nbsp.contains("\u00A0沭阳县发展和改革局</o:p>"), "replaced");
        Importer.Result asSpaces = Importer.read(
                page.getBytes(StandardCharsets.UTF_8),
                "a.html",
                "a.html",
                new Importer.Options(null, null, Language.EN));
        Importer.Result asNoBreak = Importer.read(
                nbsp.getBytes(StandardCharsets.UTF_8),
                "a.html",
                "a.html",
                new Importer.Options(null, null, Language.EN));
        assertEquals(findings(asSpaces), findings(asNoBreak));
        assertEquals(asSpaces.yaml(), asNoBreak.yaml());
    }

    @Test
    void theCommandWritesTheYamlAndCountsTheWarnings() throws Exception {
        Path yaml = work.resolve("shuyang-fgj-2023.yaml");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = GenerateCommand.commandLine();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        assertEquals(
                0,
                line.execute("import", SHUYANG_FGJ.toString(), "--output", yaml.toString(), "--lang", "en"),
                err.toString());
        assertEquals("wrote " + FileNames.display(yaml) + " (complete, 25 warnings)\n", out.toString());
        assertEquals(String.join("\n", shuyangFgjWarnings(FileNames.display(SHUYANG_FGJ))) + "\n", err.toString());
        assertEquals(
                RoundTripTest.dump(load(Files.readAllBytes(SHUYANG_FGJ_BY_HAND), "by hand")),
                RoundTripTest.dump(load(Files.readAllBytes(yaml), "written")));
    }

    private static List<String> findings(Importer.Result result) {
        return result.findings().stream().map(Finding::toString).toList();
    }

    private static Report load(byte[] yaml, String name) {
        ReportLoader.Loaded loaded = new ReportLoader(false).load(yaml, name);
        assertFalse(loaded.failed(), loaded.problems().toString());
        return loaded.report().orElseThrow();
    }
}
