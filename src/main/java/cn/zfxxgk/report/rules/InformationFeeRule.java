package cn.zfxxgk.report.rules;

import cn.zfxxgk.report.model.FormatVersion;
import cn.zfxxgk.report.model.InformationFee;
import cn.zfxxgk.report.model.Section;
import cn.zfxxgk.report.problem.Severity;
import java.util.regex.Pattern;

/**
 * FEE-SEC6: in the 2021 format, section 六 reports the 信息处理费 charged under the 《政府信息公开信息处理费管理办法》 —
 * the cases and amount, or plainly that none was charged (国办公开办函〔2021〕30号 一（六）) — and, when the report
 * gives {@code information_fee:}, says what it says. A 六 of only 无。 does not report it.
 */
final class InformationFeeRule implements Rule {

    private static final Pattern MENTION = Pattern.compile("信息处理费|(未|没有|不|无)[^。；]{0,6}(收取|收费)|收取[^。；]{0,10}费");
    private static final Pattern NONE_CHARGED =
            Pattern.compile("(未|没有|不|无)[^。；]{0,8}(收取|收费|产生)|收取[^。；]{0,12}(?<!\\d)(0|零)\\s*(元|件)");

    @Override
    public String id() {
        return "FEE-SEC6";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public void check(RuleInput input, Findings findings) {
        if (input.report().format() != FormatVersion.F2021) {
            return;
        }
        Section section = ReportText.official(input.report(), 6).orElse(null);
        if (section == null) {
            return;
        }
        String text = ReportText.joined(section);
        if (!MENTION.matcher(text).find()) {
            findings.add(section.heading().at(), RuleMessages.feeNotStated(text.strip()));
            return;
        }
        InformationFee fee = input.report().facts().fee();
        if (fee == null) {
            return;
        }
        boolean saysNone = NONE_CHARGED.matcher(text).find();
        if (!fee.charged() && !saysNone) {
            findings.add(
                    section.heading().at(),
                    RuleMessages.feeDisagrees("information_fee says none was charged", "information_fee 为未收取"));
        } else if (fee.charged() && saysNone) {
            findings.add(
                    section.heading().at(),
                    RuleMessages.feeDisagrees("information_fee says a fee was charged", "information_fee 为已收取"));
        } else if (fee.charged()) {
            if (fee.amountYuan() != null
                    && !text.contains(fee.amountYuan().stripTrailingZeros().toPlainString())) {
                String amount = fee.amountYuan().stripTrailingZeros().toPlainString() + "元";
                findings.add(
                        section.heading().at(),
                        RuleMessages.feeDisagrees(
                                "information_fee gives " + amount + ", which the text does not state",
                                "information_fee 为" + amount + "，正文未写明"));
            }
            if (fee.cases() != null && !text.contains(fee.cases() + "件")) {
                findings.add(
                        section.heading().at(),
                        RuleMessages.feeDisagrees(
                                "information_fee gives " + fee.cases() + " cases (件), which the text does not state",
                                "information_fee 为" + fee.cases() + "件，正文未写明"));
            }
        }
    }
}
