package cn.zfxxgk.report.render.pdf;

import cn.zfxxgk.report.layout.LineBreaks;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Turns the {@code <wbr/>} the template puts between the words of a table's fixed labels into what openhtmltopdf can
 * act on: a zero-width space in the label's text (it draws nothing and copies out as nothing), after which alone
 * {@link LineBreaks} lets such a text break — what {@code word-break: keep-all} and {@code <wbr>} do in a browser,
 * which openhtmltopdf does not know.
 */
final class LabelWordBreaks {

    private LabelWordBreaks() {}

    /** Replaces every {@code <wbr/>} of {@code markup} by a zero-width space and joins the texts around it. */
    static void apply(Document markup) {
        NodeList found = markup.getElementsByTagName("wbr");
        List<Node> breaks = new ArrayList<>();
        for (int i = 0; i < found.getLength(); i++) {
            breaks.add(found.item(i));
        }
        List<Node> parents = new ArrayList<>();
        for (Node wbr : breaks) {
            Node parent = wbr.getParentNode();
            parent.replaceChild(markup.createTextNode(String.valueOf(LineBreaks.WORD_BREAK)), wbr);
            if (!parents.contains(parent)) {
                parents.add(parent);
            }
        }
        parents.forEach(Node::normalize);
    }
}
