package cn.zfxxgk.report.rules;

import cn.zfxxgk.report.model.Text;
import cn.zfxxgk.report.problem.Severity;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * FMT-CITE: a cited document number of the State Council's General Office is written whole, the year in 六角括号:
 * 国办公开办函〔2021〕30号, not 国办公开办函202130 号 or 国办公开办函[2021]30号.
 */
final class CitationRule implements Rule {

    private static final Pattern CITED = Pattern.compile("(国办公开办函|国办公开办发|国办函|国办发)([^号，。；,;\\n]{0,14}?)号");
    private static final Pattern WELL_FORMED = Pattern.compile("〔\\d{4}〕\\d{1,4}");

    @Override
    public String id() {
        return "FMT-CITE";
    }

    @Override
    public Severity severity() {
        return Severity.INFO;
    }

    @Override
    public void check(RuleInput input, Findings findings) {
        for (Text paragraph : ReportText.narrative(input.report())) {
            Matcher m = CITED.matcher(paragraph.value());
            while (m.find()) {
                if (!WELL_FORMED.matcher(m.group(2)).matches()) {
                    findings.add(
                            ReportText.at(paragraph, m.start()), RuleMessages.citationMalformed(m.group(), m.group(1)));
                }
            }
        }
    }
}
