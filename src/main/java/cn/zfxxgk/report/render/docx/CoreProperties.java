package cn.zfxxgk.report.render.docx;

import cn.zfxxgk.report.template.ReportView;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The document properties Word shows under File → Info (title, author, subject, language), filled in from the report as
 * the PDF's are. The template's own properties part is kept with these four replaced; a template without one gets one.
 */
final class CoreProperties {

    static final String RELATIONSHIP =
            "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
    private static final String PART = "docProps/core.xml";
    private static final String CONTENT_TYPE = "application/vnd.openxmlformats-package.core-properties+xml";
    private static final String CP = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String XMLNS = "http://www.w3.org/2000/xmlns/";

    private CoreProperties() {}

    /**
     * The parts to put into {@code pkg} so that its properties say what {@code document} says (the same values as
     * every other format's): the properties part, and when the template had none, the package's relationships and
     * content types that announce it.
     */
    static Map<String, byte[]> parts(WordPackage pkg, ReportView.Document document) throws SafeXml.Malformed {
        Map<String, String> values = new LinkedHashMap<>(); // Dublin Core element name → text
        values.put("title", document.title());
        values.put("creator", document.author());
        values.put("subject", document.subject());
        values.put("language", document.language());
        Map<String, byte[]> parts = new LinkedHashMap<>();
        String name = pkg.coreProperties();
        Document core;
        if (name != null && pkg.part(name) != null) {
            core = SafeXml.parse(pkg.part(name));
        } else {
            name = name != null ? name : PART;
            core = SafeXml.newDocument();
            Element root = core.createElementNS(CP, "cp:coreProperties");
            root.setAttributeNS(XMLNS, "xmlns:cp", CP);
            root.setAttributeNS(XMLNS, "xmlns:dc", DC);
            core.appendChild(root);
            announce(pkg, name, parts);
        }
        Element root = core.getDocumentElement();
        String prefix = root.lookupPrefix(DC);
        if (prefix == null) {
            prefix = "dc";
            root.setAttributeNS(XMLNS, "xmlns:dc", DC);
        }
        for (Map.Entry<String, String> value : values.entrySet()) {
            Element element = child(root, value.getKey());
            if (element == null) {
                element = core.createElementNS(DC, prefix + ":" + value.getKey());
                root.appendChild(element);
            }
            element.setTextContent(value.getValue());
        }
        parts.put(name, bytes(core));
        return parts;
    }

    /** Adds the relationship and content type of a new properties part {@code name}. */
    private static void announce(WordPackage pkg, String name, Map<String, byte[]> parts) throws SafeXml.Malformed {
        Document relationships = pkg.packageRelationships();
        Set<String> ids = new TreeSet<>();
        NodeList existing = relationships.getElementsByTagNameNS(WordPackage.RELATIONSHIPS_NS, "Relationship");
        for (int i = 0; i < existing.getLength(); i++) {
            ids.add(((Element) existing.item(i)).getAttribute("Id"));
        }
        String id = "rIdCore";
        for (int n = 1; ids.contains(id); n++) {
            id = "rIdCore" + n;
        }
        Element relationship = relationships.createElementNS(WordPackage.RELATIONSHIPS_NS, "Relationship");
        relationship.setAttribute("Id", id);
        relationship.setAttribute("Type", RELATIONSHIP);
        relationship.setAttribute("Target", name);
        relationships.getDocumentElement().appendChild(relationship);
        parts.put(WordPackage.RELATIONSHIPS, bytes(relationships));

        Document types = pkg.contentTypes();
        Element override = types.createElementNS(WordPackage.CONTENT_TYPES_NS, "Override");
        override.setAttribute("PartName", "/" + name);
        override.setAttribute("ContentType", CONTENT_TYPE);
        types.getDocumentElement().appendChild(override);
        parts.put(WordPackage.CONTENT_TYPES, bytes(types));
    }

    private static Element child(Element parent, String localName) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element
                    && DC.equals(element.getNamespaceURI())
                    && localName.equals(element.getLocalName())) {
                return element;
            }
        }
        return null;
    }

    private static byte[] bytes(Document document) {
        return SafeXml.serialize(document).getBytes(StandardCharsets.UTF_8);
    }
}
