package cn.zfxxgk.report.render.pdf;

import cn.zfxxgk.report.graphic.GraphicSvg;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Draws the 图解's SVG ({@link GraphicSvg}) in the PDF without an SVG library: its rectangles become boxes of their
 * colour and its lines of text become boxes of text, each placed absolutely where the SVG places it, in millimetres. So
 * the page is vector, its text is real text in the run's embedded fonts (checked like all the rest, copied out as
 * written), and it is tagged as the rest of the document is. The graphic's SVG holds nothing else (no paths, no
 * transforms), which is what makes this exact; an {@code <svg>} of the editor's own is left as it is.
 */
final class GraphicPage {

    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    /**
     * How far above the middle of its line box, in em, openhtmltopdf draws the middle of a line's characters when the
     * line is one em high: its baseline lies an ascent below the box's top, and the heading fonts' ascents are larger
     * than their descents. Measured on the page: 0.29 em with WenQuanYi Zen Hei and with Noto Sans SC (the characters'
     * middle then within 0.2 mm of the SVG's).
     */
    private static final double RAISED = 0.29;

    private GraphicPage() {}

    /** Replaces every graphic of {@code markup} by its boxes. */
    static void apply(Document markup) {
        NodeList found = markup.getElementsByTagNameNS(GraphicSvg.NAMESPACE, "svg");
        List<Element> graphics = new ArrayList<>();
        for (int i = 0; i < found.getLength(); i++) {
            Element svg = (Element) found.item(i);
            if ("graphic".equals(svg.getAttribute("class"))) {
                graphics.add(svg);
            }
        }
        for (Element svg : graphics) {
            svg.getParentNode().replaceChild(boxes(markup, svg), svg);
        }
    }

    private static Element boxes(Document markup, Element svg) {
        String[] viewBox = svg.getAttribute("viewBox").trim().split("\\s+");
        double left = Double.parseDouble(viewBox[0]);
        double top = Double.parseDouble(viewBox[1]);
        double width = Double.parseDouble(viewBox[2]);
        double height = Double.parseDouble(viewBox[3]);
        Element page = markup.createElementNS(XHTML, "div");
        page.setAttribute("class", "graphic-page");
        page.setAttribute(
                "style",
                "position: relative; width: " + mm(width) + "; height: " + mm(height - 0.5)
                        + "; font-family: " + svg.getAttribute("font-family") + "; letter-spacing: 0; text-indent: 0; "
                        + "line-height: 1; text-align: left; overflow: hidden;");
        for (Node child = svg.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (!(child instanceof Element element) || !GraphicSvg.NAMESPACE.equals(element.getNamespaceURI())) {
                continue;
            }
            switch (element.getLocalName()) {
                case "rect" -> page.appendChild(rect(markup, element, left, top));
                case "text" -> page.appendChild(text(markup, element, left, top, width));
                default -> {} // the title: the PDF's own title says what the document is
            }
        }
        return page;
    }

    private static Element rect(Document markup, Element rect, double left, double top) {
        Element box = markup.createElementNS(XHTML, "div");
        box.setAttribute(
                "style",
                "position: absolute; left: " + mm(number(rect, "x") - left) + "; top: "
                        + mm(number(rect, "y") - top) + "; width: " + mm(number(rect, "width")) + "; height: "
                        + mm(number(rect, "height")) + "; background-color: " + rect.getAttribute("fill") + ";");
        return box;
    }

    /**
     * A line of text, its characters centred on the SVG's {@code y} (which is the centre of the line:
     * {@code dominant-baseline="central"}) in a line box as tall as its font size; {@code text-anchor} becomes the
     * alignment in a box that reaches the graphic's edge on the free side.
     */
    private static Element text(Document markup, Element text, double left, double top, double width) {
        double x = number(text, "x") - left;
        double size = number(text, "font-size");
        String anchor = text.getAttribute("text-anchor").toLowerCase(Locale.ROOT);
        double boxLeft;
        double boxWidth;
        String align;
        switch (anchor) {
            case "middle" -> {
                boxWidth = 2 * Math.max(0, Math.min(x, width - x));
                boxLeft = x - boxWidth / 2;
                align = "center";
            }
            case "end" -> {
                boxLeft = 0;
                boxWidth = x;
                align = "right";
            }
            default -> {
                boxLeft = x;
                boxWidth = width - x;
                align = "left";
            }
        }
        Element box = markup.createElementNS(XHTML, "div");
        box.setAttribute(
                "style",
                "position: absolute; left: " + mm(boxLeft) + "; top: "
                        + mm(number(text, "y") - top - size / 2 - RAISED * size) + "; width: " + mm(boxWidth)
                        + "; height: "
                        + mm(size) + "; font-size: " + mm(size) + "; line-height: " + mm(size) + "; color: "
                        + text.getAttribute("fill") + "; text-align: " + align + "; white-space: nowrap;");
        box.setTextContent(text.getTextContent());
        return box;
    }

    private static double number(Element element, String attribute) {
        String value = element.getAttribute(attribute).trim();
        return value.isEmpty() ? 0 : Double.parseDouble(value);
    }

    private static String mm(double value) {
        return String.format(Locale.ROOT, "%.2fmm", value);
    }
}
