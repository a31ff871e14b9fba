package cn.zfxxgk.report.render.docx;

import cn.zfxxgk.report.layout.SignatureLayout;

/**
 * The signature block as WordprocessingML, placed as GB/T 9704-2012 7.3.5.2 says: one blank line below the text, the
 * agency right-indented two characters, the date below with its first character two characters right of the agency's
 * (Word paragraphs cannot shrink to their text, so the indents are computed: {@link SignatureLayout}). With a page of
 * its own, the page starts with （此页无正文）. Styles {@code Signature} and {@code NoBodyNote} come from the template.
 */
final class WordSignature {

    /** One character of 3号 type (16 pt) in twentieths of a point. */
    private static final int CHARACTER = 320;

    private WordSignature() {
    }

    static String xml(SignatureLayout layout) {
        StringBuilder out = new StringBuilder();
        if (layout.ownPage()) {
            out.append(WordXml.paragraph("NoBodyNote", "<w:pageBreakBefore/>", SignatureLayout.NO_BODY_NOTE));
        }
        out.append(WordXml.paragraph("Signature", "", ""));
        if (layout.agency() != null) {
            out.append(WordXml.paragraph("Signature", indent(layout.agencyIndent()), layout.agency()));
        }
        if (layout.date() != null) {
            out.append(WordXml.paragraph("Signature", indent(layout.dateIndent()), layout.date()));
        }
        return out.toString();
    }

    private static String indent(double characters) {
        return "<w:ind w:right=\"" + Math.round(characters * CHARACTER) + "\"/>";
    }
}
