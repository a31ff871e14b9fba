package cn.zfxxgk.report.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import cn.zfxxgk.report.data.ReportLoader;
import cn.zfxxgk.report.layout.SignatureLayout;
import cn.zfxxgk.report.layout.TableLayout;
import cn.zfxxgk.report.model.Report;
import cn.zfxxgk.report.model.TableKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The view every renderer gets: the document properties, grids and signature as typed values, and the template's
 * model made from the same values.
 */
class ReportViewTest {

    private static Report load(String yaml) {
        ReportLoader.Loaded loaded = new ReportLoader(false).load(yaml.getBytes(StandardCharsets.UTF_8), "x.yaml");
        assertFalse(loaded.failed(), loaded.problems().toString());
        return loaded.report().orElseThrow();
    }

    private static String seed() throws IOException {
        return Files.readString(Path.of("data/balikun-2023.yaml"), StandardCharsets.UTF_8);
    }

    @Test
    void theDocumentPropertiesAreTheTitleTheAgencyAndTheSubjectOfTheNotice() throws IOException {
        ReportView view = ReportView.of(load(seed()));
        assertEquals(
                new ReportView.Document(
                        "2023年巴里坤县人民政府信息公开工作年度报告", "巴里坤县人民政府", "2023年政府信息公开工作年度报告（国办公开办函〔2021〕30号格式）", "zh-CN"),
                view.document());
        @SuppressWarnings("unchecked")
        Map<String, Object> model = (Map<String, Object>) view.model(Map.of()).get("report");
        assertEquals(view.document().title(), model.get("documentTitle"));
        assertEquals(view.document().subject(), model.get("subject"));
        assertEquals(view.document().author(), model.get("agency"));
    }

    @Test
    void aReportWithoutATitleIsCalledByTheStandardTitle() throws IOException {
        String untitled = seed().replace(
                        "title:                      # one item per printed line\n"
                                + "  - 2023年巴里坤县人民政府信息\n  - 公开工作年度报告\n",
                        "");
        assertEquals(
                "巴里坤县人民政府2023年政府信息公开工作年度报告",
                ReportView.of(load(untitled)).document().title());
    }

    @Test
    void eachTableIsLaidOutOnceAsTheFormPrintsIt() throws IOException {
        Report report = load(seed());
        ReportView view = ReportView.of(report);
        for (TableKind kind : TableKind.values()) {
            assertEquals(TableLayout.of(report.table(kind).orElseThrow(), report.format()), view.grid(kind));
            assertSame(view.grid(kind), view.grid(kind), "laid out once");
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> sections = (List<Map<String, Object>>)
                ((Map<String, Object>) view.model(Map.of()).get("report")).get("sections");
        List<Object> kinds = sections.stream()
                .filter(s -> s.containsKey("table"))
                .map(s -> ((Map<?, ?>) s.get("table")).get("kind"))
                .map(Object.class::cast)
                .toList();
        assertEquals(List.of("主动公开", "依申请公开", "复议诉讼"), kinds);
    }

    @Test
    void theSignatureIsPlacedOnceForEveryFormat() throws IOException {
        Report report = load(seed());
        ReportView view = ReportView.of(report);
        SignatureLayout layout = view.signature().orElseThrow();
        assertEquals(SignatureLayout.of(report.signature()), layout);
        assertEquals("2024年1月10日", layout.date());
        @SuppressWarnings("unchecked")
        Map<String, Object> signature = (Map<String, Object>)
                ((Map<String, Object>) view.model(Map.of()).get("report")).get("signature");
        assertEquals(
                Map.of(
                        "agency",
                        "巴里坤县人民政府办公室",
                        "date",
                        "2024年1月10日",
                        "ownPage",
                        true,
                        "noBodyNote",
                        SignatureLayout.NO_BODY_NOTE),
                signature);
    }
}
