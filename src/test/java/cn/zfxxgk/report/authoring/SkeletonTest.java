package cn.zfxxgk.report.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zfxxgk.report.OutputFormat;
import cn.zfxxgk.report.ReportEngine;
import cn.zfxxgk.report.data.ReportLoader;
import cn.zfxxgk.report.model.FormatVersion;
import cn.zfxxgk.report.model.Report;
import cn.zfxxgk.report.model.TableKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A new report's skeleton validates, matches the schema and renders as it stands, in both formats. */
class SkeletonTest {

    @TempDir
    Path work;

    @ParameterizedTest
    @EnumSource(FormatVersion.class)
    void validatesAndRendersAsItStands(FormatVersion format) throws IOException {
        String yaml = Skeleton.of("巴里坤县人民政府", 2024, format);
        ReportLoader.Loaded loaded = new ReportLoader(true).load(yaml.getBytes(StandardCharsets.UTF_8), "new.yaml");
        assertEquals(List.of(), loaded.problems().stream().map(Object::toString).toList());
        Report report = loaded.report().orElseThrow();
        assertEquals(format, report.format());
        assertEquals(
                List.of(
                        "一、总体情况",
                        "二、主动公开政府信息情况",
                        "三、收到和处理政府信息公开申请情况",
                        "四、政府信息公开行政复议、行政诉讼情况",
                        "五、存在的主要问题及改进情况",
                        "六、其他需要报告的事项"),
                report.sections().stream().map(s -> s.heading().value()).toList());
        assertEquals("巴里坤县人民政府2024年政府信息公开工作年度报告", report.title().get(0).value(), "the standard title");
        assertEquals("巴里坤县人民政府", report.signature().agency().value());
        assertTrue(
                yaml.contains("# 第二十条第（一）项：本年" + (format == FormatVersion.F2021 ? "制发件数" : "新制作数量")),
                "the columns are named as the form names them");
        assertTrue(yaml.contains("# 1.属于国家秘密"), "the rows are named as the form names them");
        assertEquals(List.of(), SchemaValidation.problems(yaml), "the skeleton matches the editor schema");

        Path file = work.resolve("new.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        try (ReportEngine engine = new ReportEngine(
                new ReportEngine.Options(work, EnumSet.allOf(OutputFormat.class), true, Path.of("templates")))) {
            ReportEngine.Result result = engine.generate(file, "new.yaml");
            assertFalse(result.failed(), result.problems().toString());
        }
        Document html = Jsoup.parse(Files.readString(work.resolve("new.html")));
        assertEquals(3, html.select("table.form").size());
        assertEquals(
                format == FormatVersion.F2021 ? 28 : 26,
                html.select("table[data-table=" + TableKind.APPLICATIONS.key() + "] tr")
                        .size());
        assertTrue(Files.size(work.resolve("new.pdf")) > 0);
    }
}
