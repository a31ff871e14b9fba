package cn.zfxxgk.report.render.docx;

import java.util.HashMap;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The sizes in the Word template that the engine computes with, as Word resolves them: the width of the text block (the
 * page less the margins of the body's section) and, for a paragraph style, its font size and character spacing (from
 * the style, the styles it is based on, then the document's defaults). Read once per run, so that what an editor
 * changes in Word — a larger {@code Normal}, other margins — is followed by the tables' grid and the signature's
 * indents.
 */
final class WordGeometry {

    /** The text width of an A4 page with GB/T 9704 margins, in twentieths of a point, when the template gives none. */
    static final int GB_T_9704_TEXT_WIDTH = 11906 - 1588 - 1474;
    /** Word's own default size, ten points, in half-points. */
    private static final int WORD_DEFAULT_SIZE = 20;

    /** What a style sets itself: the style it is based on, its size in half-points and spacing in twips, or null. */
    private record StyleRun(String basedOn, Integer halfPoints, Integer spacing) {}

    private final int textWidth;
    private final Map<String, StyleRun> styles;
    private final StyleRun defaults;

    private WordGeometry(int textWidth, Map<String, StyleRun> styles, StyleRun defaults) {
        this.textWidth = textWidth;
        this.styles = styles;
        this.defaults = defaults;
    }

    /** The geometry of {@code template}; what it does not say is Word's default (GB/T 9704 margins for the width). */
    static WordGeometry of(WordPackage template) {
        String main = template.mainDocument();
        int width = GB_T_9704_TEXT_WIDTH;
        Map<String, StyleRun> styles = new HashMap<>();
        StyleRun documentDefaults = new StyleRun(null, WORD_DEFAULT_SIZE, 0);
        try {
            width = textWidth(SafeXml.parse(template.part(main)));
            String stylesPart = template.related(main, "/styles");
            if (stylesPart != null && template.part(stylesPart) != null) {
                Document document = SafeXml.parse(template.part(stylesPart));
                Element defaults = first(document.getDocumentElement(), "docDefaults");
                Element defaultRun = first(first(defaults, "rPrDefault"), "rPr");
                StyleRun read = run(null, defaultRun);
                documentDefaults = new StyleRun(
                        null,
                        read.halfPoints() != null ? read.halfPoints() : WORD_DEFAULT_SIZE,
                        read.spacing() != null ? read.spacing() : 0);
                NodeList list = document.getElementsByTagNameNS(WordTemplateText.W, "style");
                for (int i = 0; i < list.getLength(); i++) {
                    Element style = (Element) list.item(i);
                    Element basedOn = first(style, "basedOn");
                    styles.put(
                            attribute(style, "styleId"),
                            run(basedOn == null ? null : attribute(basedOn, "val"), first(style, "rPr")));
                }
            }
        } catch (SafeXml.Malformed e) {
            // the package was checked when it was read; a part that cannot be parsed leaves Word's defaults
        }
        return new WordGeometry(width, styles, documentDefaults);
    }

    /** The width of the text block in twentieths of a point. */
    int textWidth() {
        return textWidth;
    }

    /** The font size of paragraph style {@code styleId} in points. */
    double fontSize(String styleId) {
        return resolve(styleId, true) / 2.0;
    }

    /** The character spacing of paragraph style {@code styleId} in points (negative when condensed). */
    double characterSpacing(String styleId) {
        return resolve(styleId, false) / 20.0;
    }

    private int resolve(String styleId, boolean size) {
        String id = styleId;
        for (int depth = 0; id != null && depth < 32; depth++) { // a loop of basedOn is cut short, as Word does
            StyleRun style = styles.get(id);
            if (style == null) {
                break;
            }
            Integer value = size ? style.halfPoints() : style.spacing();
            if (value != null) {
                return value;
            }
            id = style.basedOn();
        }
        return size ? defaults.halfPoints() : defaults.spacing();
    }

    private static int textWidth(Document document) {
        NodeList sections = document.getElementsByTagNameNS(WordTemplateText.W, "sectPr");
        Element body = null;
        for (int i = 0; i < sections.getLength(); i++) {
            Element section = (Element) sections.item(i);
            if ("body".equals(section.getParentNode().getLocalName())) {
                body = section;
            }
        }
        Element size = first(body, "pgSz");
        Element margins = first(body, "pgMar");
        int page = number(size, "w", 11906);
        int width =
                page - number(margins, "left", 1588) - number(margins, "right", 1474) - number(margins, "gutter", 0);
        return width > 0 ? width : GB_T_9704_TEXT_WIDTH;
    }

    private static StyleRun run(String basedOn, Element runProperties) {
        Element size = first(runProperties, "sz");
        Element spacing = first(runProperties, "spacing");
        return new StyleRun(
                basedOn,
                size == null ? null : number(size, "val", WORD_DEFAULT_SIZE),
                spacing == null ? null : number(spacing, "val", 0));
    }

    private static Element first(Element parent, String localName) {
        if (parent == null) {
            return null;
        }
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e
                    && WordTemplateText.W.equals(e.getNamespaceURI())
                    && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static String attribute(Element element, String localName) {
        return element.getAttributeNS(WordTemplateText.W, localName);
    }

    private static int number(Element element, String localName, int otherwise) {
        if (element == null) {
            return otherwise;
        }
        try {
            return (int) Math.round(Double.parseDouble(attribute(element, localName)));
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
