package cn.zfxxgk.report.render.pdf;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Makes openhtmltopdf move exactly as many lines as {@code widows} asks to the next page, not one more. Its
 * {@code BlockBox.satisfyWidowsAndOrphans} (1.1.65) breaks before line {@code lines − 1 − widows}, so with the CSS
 * default of two widows a paragraph that would leave one line alone at the top of a page carries three, leaving two
 * empty lines at the foot of the page before. It counts a paragraph's empty line boxes among its lines but not among
 * those it must keep together, so an empty line at the end of every paragraph — a line break after its last word,
 * which prints nothing — makes its arithmetic come out right. The same count keeps {@code orphans} right: a
 * paragraph of three lines that cannot leave two on each side moves whole.
 */
final class ExactWidows {

    private ExactWidows() {}

    /** Ends every paragraph of {@code markup} with an empty line. */
    static void apply(Document markup) {
        NodeList paragraphs = markup.getElementsByTagName("p");
        for (int i = 0; i < paragraphs.getLength(); i++) {
            Element paragraph = (Element) paragraphs.item(i);
            if (paragraph.hasChildNodes()) {
                paragraph.appendChild(markup.createElementNS(paragraph.getNamespaceURI(), "br"));
            }
        }
    }
}
