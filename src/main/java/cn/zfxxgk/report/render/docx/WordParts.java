package cn.zfxxgk.report.render.docx;

import cn.zfxxgk.report.problem.Message;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The parts of a Word template an editor types text into — the body, and every header and footer a section of it shows
 * — each with where it is as Word names it (奇数页页眉, 首页页脚 …), so that placeholders work in all of them alike
 * (Insert → Header is the README's worked example) and a message says which one holds the paragraph it quotes.
 */
final class WordParts {

    private static final String RELATIONSHIPS_OF_DOCUMENT =
            "http://schemas.openxmlformats.org/officeDocument/2006/" + "relationships";

    /** A part of the template's text: its name in the package and where it is, for messages. */
    record TextPart(String name, Message where) {}

    private WordParts() {}

    /** The body first, then each header and footer in the order the sections refer to them, each once. */
    static List<TextPart> of(WordPackage template) {
        String main = template.mainDocument();
        List<TextPart> parts = new ArrayList<>();
        parts.add(new TextPart(main, WordMessages.body()));
        try {
            List<WordPackage.Relationship> relationships = template.relationships(main);
            Map<String, String> targets = new HashMap<>();
            relationships.forEach(r -> targets.put(r.id(), r.target()));
            boolean evenAndOdd = evenAndOdd(template, relationships);
            NodeList sections = SafeXml.parse(template.part(main)).getElementsByTagNameNS(WordTemplateText.W, "sectPr");
            Map<String, TextPart> found = new LinkedHashMap<>();
            for (int s = 0; s < sections.getLength(); s++) {
                Element section = (Element) sections.item(s);
                if (section.getParentNode() instanceof Element parent
                        && parent.getLocalName().equals("pPrChange")) {
                    continue; // a section's former properties, kept by tracked changes
                }
                NodeList references = section.getChildNodes();
                for (int i = 0; i < references.getLength(); i++) {
                    if (!(references.item(i) instanceof Element reference)
                            || !WordTemplateText.W.equals(reference.getNamespaceURI())) {
                        continue;
                    }
                    boolean header = reference.getLocalName().equals("headerReference");
                    if (!header && !reference.getLocalName().equals("footerReference")) {
                        continue;
                    }
                    String target = targets.get(reference.getAttributeNS(RELATIONSHIPS_OF_DOCUMENT, "id"));
                    if (target == null || template.part(target) == null) {
                        continue;
                    }
                    String type = reference.getAttributeNS(WordTemplateText.W, "type");
                    found.putIfAbsent(
                            target,
                            new TextPart(
                                    target,
                                    WordMessages.headerOrFooter(
                                            header,
                                            type.isEmpty() ? "default" : type,
                                            evenAndOdd,
                                            s + 1,
                                            sections.getLength())));
                }
            }
            parts.addAll(found.values());
        } catch (SafeXml.Malformed e) {
            // every XML part was checked when the package was read: nothing more to find
        }
        return parts;
    }

    /** Whether the document's settings give odd and even pages their own headers and footers. */
    private static boolean evenAndOdd(WordPackage template, List<WordPackage.Relationship> relationships)
            throws SafeXml.Malformed {
        for (WordPackage.Relationship relationship : relationships) {
            if (relationship.type().endsWith("/settings") && template.part(relationship.target()) != null) {
                Document settings = SafeXml.parse(template.part(relationship.target()));
                NodeList flag = settings.getElementsByTagNameNS(WordTemplateText.W, "evenAndOddHeaders");
                if (flag.getLength() > 0) {
                    String value = ((Element) flag.item(0)).getAttributeNS(WordTemplateText.W, "val");
                    return !value.equals("0") && !value.equals("false") && !value.equals("off");
                }
            }
        }
        return false;
    }
}
