package cn.zfxxgk.report.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.zfxxgk.report.data.ReportLoader;
import cn.zfxxgk.report.model.AgencyKind;
import cn.zfxxgk.report.model.Report;
import cn.zfxxgk.report.problem.Language;
import cn.zfxxgk.report.problem.Problem;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The optional keys the reviewers' rules read (agency_kind, published, information_fee, previous): the schema and the
 * loader accept them, the loader names a wrong value at its place, and the YAML writer keeps them.
 */
class ReviewKeysTest {

    private static final String KEYS = "year: 2023\nagency_kind: 部门\npublished: 2024-01-20\ninformation_fee:\n"
            + "  charged: true\n  cases: 2\n  amount_yuan: 150.5\nprevious: gangcha-2022.yaml\n";

    private static String seed() throws IOException {
        return Files.readString(Path.of("data/gangcha-2023.yaml"), StandardCharsets.UTF_8);
    }

    private static ReportLoader.Loaded load(String yaml) {
        return new ReportLoader(false).load(yaml.getBytes(StandardCharsets.UTF_8), "r.yaml");
    }

    @Test
    void theKeysAreReadAndWrittenBack() throws IOException {
        String yaml = seed().replace("year: 2023\n", KEYS);
        assertEquals(List.of(), SchemaValidation.problems(yaml));
        Report report = load(yaml).report().orElseThrow();
        assertEquals(AgencyKind.DEPARTMENT, report.facts().kind());
        assertEquals(LocalDate.of(2024, 1, 20), report.facts().published());
        assertEquals(2, report.facts().fee().cases());
        assertEquals(new BigDecimal("150.5"), report.facts().fee().amountYuan());
        assertEquals("gangcha-2022.yaml", report.facts().previous());
        Report again = load(ReportYaml.of(
                        report, new ReportYaml.Notes(List.of(), List.of(), null, false, false, List.of())))
                .report()
                .orElseThrow();
        assertEquals(report.facts().kind(), again.facts().kind());
        assertEquals(report.facts().published(), again.facts().published());
        assertEquals(report.facts().fee().amountYuan(), again.facts().fee().amountYuan());
        assertEquals(report.facts().previous(), again.facts().previous());
    }

    @Test
    void wrongValuesAreErrorsAtTheirPlace() throws IOException {
        String yaml = seed().replace(
                        "year: 2023\n",
                        "year: 2023\nagency_kind: 县政府\npublished: 2024-02-30\n"
                                + "information_fee:\n  charged: 否\n  cases: -1\n");
        List<String> en = load(yaml).problems().stream().map(Problem::toString).toList();
        assertEquals(
                List.of(
                        "r.yaml:8:14: error: agency_kind '县政府' is not a kind of office; expected one of 部门, 乡镇, "
                                + "本级, 县汇总, 市汇总, 省汇总, 垂直 (it fixes the publication deadline)",
                        "r.yaml:9:12: error: published date '2024-02-30' is not a real date; expected a date of the calendar "
                                + "such as 2024-01-10",
                        "r.yaml:11:12: error: information_fee charged '否' is not true or false; expected e.g. 'charged: false', "
                                + "'cases: 0', 'amount_yuan: 0'",
                        "r.yaml:12:10: error: information_fee cases '-1' is not a non-negative number; expected e.g. 'charged: "
                                + "false', 'cases: 0', 'amount_yuan: 0'"),
                en);
        assertEquals(
                "r.yaml:8:14: 错误：机关类型“县政府”不是可选的类型；应为 部门、乡镇、本级、县汇总、市汇总、省汇总、垂直 之一（它决定发布时限）",
                load(yaml).problems().get(0).toString(Language.ZH));
    }
}
