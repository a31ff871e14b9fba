package cn.zfxxgk.report.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zfxxgk.report.problem.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The four seeds give exactly the findings docs/rules.md lists, and docs/rules.md documents every rule. */
class SeedFindingsTest {

    private static List<String> findings(String seed) {
        List<Problem> problems = new ReportChecker(false, RuleSettings.none(), null).check(Path.of(seed), seed);
        return problems.stream()
                .filter(p -> RuleEngine.ids().contains(p.code()))
                .map(p -> p.at().line() + " " + p.severity() + " " + p.code())
                .toList();
    }

    @Test
    void theSeedsGetWhatAReviewerWouldSay() {
        Map<String, List<String>> expected = Map.of(
                "data/balikun-2020.yaml", List.of("28 WARNING CONT-SEC5-QUALITY", "31 WARNING CONT-YEAR-REFS"),
                "data/balikun-2023.yaml",
                        List.of("12 WARNING FMT-TITLE", "18 WARNING CONT-GEN-LENGTH", "37 WARNING CONT-SEC5-QUALITY"),
                "data/gangcha-2023.yaml", List.of("32 ERROR FEE-SEC6"),
                "data/huocheng-2023.yaml",
                        List.of(
                                "9 WARNING FMT-TITLE",
                                "14 WARNING FMT-HEADING-NUMBERS",
                                "22 WARNING FMT-HEADING-NUMBERS",
                                "28 WARNING FMT-HEADING-NUMBERS",
                                "28 WARNING CONT-SEC5-QUALITY",
                                "31 WARNING FMT-HEADING-NUMBERS"));
        expected.forEach((seed, list) -> assertEquals(list, findings(seed), seed));
    }

    @Test
    void everyRuleIsDocumentedWithItsSeverity() throws IOException {
        String doc = Files.readString(Path.of("docs/rules.md"), StandardCharsets.UTF_8);
        for (String id : RuleEngine.ids()) {
            String severity = RuleEngine.severity(id).name().toLowerCase(java.util.Locale.ROOT);
            assertTrue(doc.contains("| `" + id + "` | " + severity), id + " is not in docs/rules.md as " + severity);
        }
    }
}
