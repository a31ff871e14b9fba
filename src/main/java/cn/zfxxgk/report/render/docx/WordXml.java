package cn.zfxxgk.report.render.docx;

import cn.zfxxgk.report.markup.XmlText;

/** Paragraphs of WordprocessingML written by the engine, their text escaped ({@link XmlText}). */
final class WordXml {

    private WordXml() {}

    /** A paragraph of style {@code style} with one run of {@code text}; {@code properties} go into its w:pPr. */
    static String paragraph(String style, String properties, String text) {
        return "<w:p><w:pPr><w:pStyle w:val=\"" + style + "\"/>" + properties + "</w:pPr>"
                + (text.isEmpty() ? "" : "<w:r><w:t xml:space=\"preserve\">" + XmlText.escape(text) + "</w:t></w:r>")
                + "</w:p>";
    }
}
