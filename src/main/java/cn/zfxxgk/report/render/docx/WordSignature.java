package cn.zfxxgk.report.render.docx;

import cn.zfxxgk.report.layout.SignatureLayout;

/**
 * The signature block as WordprocessingML, placed as GB/T 9704-2012 7.3.5.2 says: one blank line below the text, the
 * agency right-indented two characters, the date below with its first character two characters right of the agency's.
 * With a page of its own, the page starts with （此页无正文）. Styles {@code Signature} and {@code NoBodyNote} come from
 * the template.
 *
 * <p>Word paragraphs cannot shrink to their text, so the engine places each line itself, in the units Word keeps
 * relative to the style: the line that ends two characters in is right-aligned with {@code w:rightChars}; the other
 * starts where the rule puts it, a first-line indent in {@code w:firstLineChars}. Only the longer line's end depends on
 * how wide the application draws it, never where the date starts against the agency: LibreOffice adds space between
 * Chinese and digits whatever the document says, Word and WPS do not when the style turns East Asian auto-spacing off.
 * Each indent is also given in twentieths of a point for the applications that ignore character units (LibreOffice),
 * computed from the size of the template's {@code Signature} style, so a larger {@code Normal} moves them too.
 */
final class WordSignature {

    /** Where the signature block starts in the filled-in document, until the paragraph before it is kept with it. */
    static final String MARK = "<!--signature-->";

    private static final String STYLE = "Signature";

    private WordSignature() {}

    /** The block of {@code layout}, sized by the template's {@code geometry}. */
    static String xml(SignatureLayout layout, WordGeometry geometry) {
        StringBuilder out = new StringBuilder(MARK);
        if (layout.ownPage()) {
            out.append(WordXml.paragraph("NoBodyNote", "<w:pageBreakBefore/>", SignatureLayout.NO_BODY_NOTE));
        }
        out.append(WordXml.paragraph(STYLE, "", ""));
        double size = geometry.fontSize(STYLE);
        double advance = size + geometry.characterSpacing(STYLE);
        double width = geometry.textWidth() / 20.0;
        String agency = layout.agency();
        String date = layout.date();
        // indents count characters of the style's size, as Word's character units do; text is as wide as it is drawn
        boolean agencyEnds = agency != null && (date == null || layout.agencyIndent() <= layout.dateIndent());
        if (agency != null) {
            String placement = agencyEnds
                    ? rightAligned(layout.agencyIndent(), size)
                    : startingAt(start(width, layout.dateIndent(), date, size, advance) - offset(layout) * size, size);
            out.append(WordXml.paragraph(STYLE, placement, agency));
        }
        if (date != null) {
            String placement = agency == null
                    ? rightAligned(layout.dateIndent(), size)
                    : agencyEnds
                            ? startingAt(
                                    start(width, layout.agencyIndent(), agency, size, advance) + offset(layout) * size,
                                    size)
                            : startingAt(start(width, layout.dateIndent(), date, size, advance), size);
            out.append(WordXml.paragraph(STYLE, placement, date));
        }
        return out.toString();
    }

    /**
     * {@code document} with the signature's mark removed and, unless the signature stands on a page of its own, the
     * paragraph just before it kept whole and on the page of the signature (keep-with-next and keep-lines), so that the
     * signature never stands alone at the top of a page — as in the PDF, where the last paragraph and the signature are
     * one unbreakable block. Nothing changes when the signature follows a table, or the template has no signature.
     */
    static String keepWithPrevious(String document) {
        int mark = document.indexOf(MARK);
        if (mark < 0) {
            return document;
        }
        String rest = document.substring(mark + MARK.length());
        String before = document.substring(0, mark);
        int end = before.stripTrailing().length();
        if (rest.contains(MARK)
                || rest.startsWith("<w:p><w:pPr><w:pStyle w:val=\"NoBodyNote\"/>")
                || !before.startsWith("</w:p>", end - "</w:p>".length())) {
            return before + rest;
        }
        int start = paragraphStart(before, end - "</w:p>".length());
        if (start < 0) {
            return before + rest;
        }
        return before.substring(0, start) + kept(before.substring(start)) + rest;
    }

    /** Where the paragraph whose end tag is at {@code close} starts, or -1: paragraphs inside it are skipped. */
    private static int paragraphStart(String xml, int close) {
        int depth = 0;
        for (int i = close - 1; i >= 0; i--) {
            if (xml.startsWith("</w:p>", i)) {
                depth++;
            } else if (xml.startsWith("<w:p>", i) || xml.startsWith("<w:p ", i)) {
                if (depth == 0) {
                    return i;
                }
                depth--;
            }
        }
        return -1;
    }

    /** {@code paragraph} with keep-with-next and keep-lines in its properties, where Word's schema puts them. */
    private static String kept(String paragraph) {
        int tagEnd = paragraph.indexOf('>') + 1;
        String head = paragraph.substring(0, tagEnd);
        String body = paragraph.substring(tagEnd);
        if (!body.startsWith("<w:pPr>") && !body.startsWith("<w:pPr ")) {
            return head + "<w:pPr><w:keepNext/><w:keepLines/></w:pPr>" + body;
        }
        int propertiesEnd = body.indexOf("</w:pPr>");
        String properties = propertiesEnd < 0 ? body : body.substring(0, propertiesEnd);
        int at = body.indexOf('>') + 1; // after <w:pPr>
        if (body.startsWith("<w:pStyle", at)) {
            at = body.indexOf("/>", at) + 2;
        }
        String insert = (properties.contains("<w:keepNext/>") ? "" : "<w:keepNext/>")
                + (properties.contains("<w:keepLines/>") ? "" : "<w:keepLines/>");
        if (properties.contains("<w:keepNext/>") && !insert.isEmpty()) {
            at = body.indexOf("<w:keepNext/>") + "<w:keepNext/>".length();
        }
        return head + body.substring(0, at) + insert + body.substring(at);
    }

    /** How far right of the agency's first character the date's first stands, in characters. */
    private static double offset(SignatureLayout layout) {
        return layout.agencyIndent()
                + SignatureLayout.width(layout.agency())
                - layout.dateIndent()
                - SignatureLayout.width(layout.date());
    }

    /** Where a line {@code indent} characters in from the right starts, in points from the left of the text block. */
    private static double start(double width, double indent, String text, double size, double advance) {
        return width - indent * size - SignatureLayout.width(text) * advance;
    }

    /** Right-aligned (the style's alignment), {@code characters} in from the right. */
    private static String rightAligned(double characters, double size) {
        return "<w:ind w:rightChars=\"" + Math.round(characters * 100) + "\" w:right=\""
                + Math.round(characters * size * 20) + "\"/>";
    }

    /** Left-aligned, the line starting {@code points} in from the left. */
    private static String startingAt(double points, double size) {
        return "<w:ind w:leftChars=\"0\" w:left=\"0\" w:rightChars=\"0\" w:right=\"0\" w:firstLineChars=\""
                + Math.round(points / size * 100) + "\" w:firstLine=\"" + Math.round(points * 20) + "\"/>"
                + "<w:jc w:val=\"left\"/>";
    }
}
