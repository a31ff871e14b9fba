package cn.zfxxgk.report.markup;

/**
 * Text the engine writes into XML or HTML markup of its own (WordprocessingML, OFD parts, the preview page), escaped
 * once for every place: safe inside an element and inside a quoted attribute, in XML and in HTML alike.
 */
public final class XmlText {

    private XmlText() {}

    /**
     * {@code text} with {@code & < > " '} written as references: {@code 巴里坤 & "县"} → {@code 巴里坤 &amp; &quot;县&quot;}.
     */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * {@code text} for a quoted attribute whose tabs and line breaks must survive: escaped, and those written as
     * character references, which an XML parser would otherwise normalize to spaces.
     */
    public static String attribute(String text) {
        return escape(text).replace("\t", "&#9;").replace("\n", "&#10;").replace("\r", "&#13;");
    }
}
