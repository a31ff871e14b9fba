package cn.zfxxgk.report.template;

import cn.zfxxgk.report.model.Position;
import cn.zfxxgk.report.problem.Problem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Column widths an editor set in the HTML template, made to fill the table: when every column of an official table is
 * given in percent and they do not add up to 100 % (README's change 2 gives table 二's first column 40 % and the
 * columns then add up to 104.6 %), each is scaled so that they do, with a notice, so the table keeps to the text width
 * in the HTML and the PDF — and in the DOCX, which takes its widths from the same page ({@link PrintedTables}).
 */
final class TableWidths {

    /** How far from 100 % rounded widths may add up without a notice. */
    private static final double TOLERANCE = 0.5;

    private static final Pattern TABLE = Pattern.compile(
            "(<table\\b[^>]*\\bclass=\"[^\"]*\\bform\\b[^\"]*\"[^>]*>\\s*)" + "<colgroup>(.*?)</colgroup>",
            Pattern.DOTALL);
    private static final Pattern KIND = Pattern.compile("\\bdata-table=\"([^\"]*)\"");
    private static final Pattern COL_WIDTH =
            Pattern.compile("(<col\\b[^>]*?style=\"[^\"]*?width:\\s*)" + "(\\d+(?:\\.\\d+)?)%");
    private static final Pattern COL = Pattern.compile("<col\\b");

    /** A page with its tables' widths made to fill them, and a notice for each table scaled. */
    record Normalised(String page, List<Problem> notices) {}

    private TableWidths() {}

    /** {@code page} with each official table's percentages scaled to add up to 100 %, said of {@code template}. */
    static Normalised of(String page, TemplateSource template) {
        List<Problem> notices = new ArrayList<>();
        StringBuilder out = new StringBuilder(page.length());
        Matcher table = TABLE.matcher(page);
        int last = 0;
        while (table.find()) {
            String columns = table.group(2);
            List<Double> percents = new ArrayList<>();
            Matcher width = COL_WIDTH.matcher(columns);
            while (width.find()) {
                percents.add(Double.parseDouble(width.group(2)));
            }
            int count = 0;
            for (Matcher col = COL.matcher(columns); col.find(); ) {
                count++;
            }
            double sum = percents.stream().mapToDouble(Double::doubleValue).sum();
            if (percents.isEmpty() || percents.size() != count || Math.abs(sum - 100) <= TOLERANCE) {
                continue; // widths in em or auto: the auto column takes the rest
            }
            StringBuilder scaled = new StringBuilder();
            width.reset();
            int at = 0;
            while (width.find()) {
                scaled.append(columns, at, width.start())
                        .append(width.group(1))
                        .append(number(Double.parseDouble(width.group(2)) * 100 / sum))
                        .append('%');
                at = width.end();
            }
            scaled.append(columns.substring(at));
            out.append(page, last, table.start())
                    .append(table.group(1))
                    .append("<colgroup>")
                    .append(scaled)
                    .append("</colgroup>");
            last = table.end();
            Matcher kind = KIND.matcher(table.group(1));
            Position where = template.find(Pattern.compile("<colgroup")).orElse(Position.NONE);
            notices.add(Problem.warning(
                    template.displayName(),
                    where,
                    TemplateMessages.widthsScaled(kind.find() ? kind.group(1) : "?", number(sum))));
        }
        return new Normalised(out.append(page.substring(last)).toString(), notices);
    }

    private static String number(double value) {
        return BigDecimal.valueOf(value)
                .setScale(2, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }
}
