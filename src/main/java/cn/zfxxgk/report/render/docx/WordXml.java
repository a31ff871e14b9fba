package cn.zfxxgk.report.render.docx;

/** Text put into WordprocessingML by the engine, escaped for XML. */
final class WordXml {

    private WordXml() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A paragraph of style {@code style} with one run of {@code text}; {@code properties} go into its w:pPr. */
    static String paragraph(String style, String properties, String text) {
        return "<w:p><w:pPr><w:pStyle w:val=\"" + style + "\"/>" + properties + "</w:pPr>"
                + (text.isEmpty() ? "" : "<w:r><w:t xml:space=\"preserve\">" + escape(text) + "</w:t></w:r>") + "</w:p>";
    }
}
