package cn.zfxxgk.report.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** docs/rules.md, built into the jar, documents every rule the engine runs, which the check report quotes. */
class RuleDocumentationTest {

    @Test
    void everyRuleHasItsRowOfDocsRulesMd() {
        List<String> undocumented = RuleEngine.ids().stream()
                .filter(id -> RuleDocumentation.of(id).isEmpty())
                .toList();
        assertEquals(List.of(), undocumented);
        assertTrue(RuleDocumentation.of("HIER-SUM").orElseThrow().startsWith("a 汇总 with `units:`: every cell"));
        assertEquals(Optional.empty(), RuleDocumentation.of("cell-lost"));
    }
}
