package cn.zfxxgk.report.layout;

import cn.zfxxgk.report.model.Signature;
import java.time.LocalDate;

/**
 * Places the signature block as GB/T 9704-2012 7.3.5.2 says for a document without a seal: the agency right-indented
 * two characters; the date on the next line with its first character two characters right of the agency's first; when
 * the date is the longer, the date is right-indented two and the agency moves left. Widths are counted in 字: a
 * half-width digit counts one half. HTML and PDF get the same placement from CSS with the font's real widths (a box
 * that shrinks to its longest line); these numbers are for formats that cannot do that, such as DOCX paragraphs.
 *
 * @param agency the agency line, or {@code null}
 * @param date the printed date ({@code 2024年1月10日}), or {@code null}
 * @param agencyIndent the agency's right indent in 字
 * @param dateIndent the date's right indent in 字
 */
public record SignatureLayout(String agency, String date, double agencyIndent, double dateIndent, boolean ownPage) {

    /** The note that heads a signature page without body text. */
    public static final String NO_BODY_NOTE = "（此页无正文）";

    private static final double MARGIN = 2;
    private static final double OFFSET = 2;

    /** The placement of {@code signature}. */
    public static SignatureLayout of(Signature signature) {
        String agency = signature.agency() == null ? null : signature.agency().value();
        String date = signature.date() == null ? null : format(signature.date());
        if (agency == null || date == null) {
            return new SignatureLayout(agency, date, MARGIN, MARGIN, signature.ownPage());
        }
        double agencyWidth = width(agency);
        double dateWidth = width(date);
        double dateIndent = agencyWidth - OFFSET + MARGIN - dateWidth;
        if (dateIndent >= MARGIN) {
            return new SignatureLayout(agency, date, MARGIN, dateIndent, signature.ownPage());
        }
        return new SignatureLayout(
                agency, date, MARGIN + dateWidth + OFFSET - agencyWidth, MARGIN, signature.ownPage());
    }

    /** A date as GB/T 9704 7.3.5.4 prints it: Arabic numerals, no leading zeros, {@code 2024年1月10日}. */
    public static String format(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** The width of {@code text} in 字: ASCII counts one half, everything else one. */
    public static double width(String text) {
        return text.codePoints().mapToDouble(c -> c < 0x80 ? 0.5 : 1).sum();
    }
}
