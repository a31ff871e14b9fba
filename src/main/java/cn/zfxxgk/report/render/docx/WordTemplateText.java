package cn.zfxxgk.report.render.docx;

import cn.zfxxgk.report.problem.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Turns the {@code document.xml} of a Word template into FreeMarker source. Word, WPS and LibreOffice split text into
 * runs wherever formatting, spell-check marks, revision marks or edit ids change, so a {@code ${…}} typed in one go may
 * be stored in three runs; this class first removes what carries no text (proofing marks, bookmarks, revision ids),
 * accepts tracked insertions and drops deletions, merges runs of equal formatting, gathers each placeholder into one run,
 * and lifts paragraphs (and table rows) that hold only directives — {@code [#list …]}, {@code [/#if]},
 * {@code [@table …/]} — out of the WordprocessingML so they repeat or drop whole paragraphs and rows. A paragraph that
 * mixes a directive with other text cannot be made sense of and is rejected with its text quoted.
 */
final class WordTemplateText {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static final Pattern TOKEN = Pattern.compile("\\$\\{[^}]*}|\\[/?[#@][^\\]]*]");
    private static final Pattern DIRECTIVE = Pattern.compile("\\[/?[#@][^\\]]*]");
    private static final Set<String> DROPPED = Set.of(
            "proofErr",
            "bookmarkStart",
            "bookmarkEnd",
            "lastRenderedPageBreak",
            "del",
            "rPrChange",
            "pPrChange",
            "permStart",
            "permEnd",
            "noProof");
    private static final Set<String> UNWRAPPED = Set.of("ins", "smartTag", "customXml");
    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';

    /** The template is not what the engine can make sense of. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        private final transient Message text;

        Unreadable(Message text) {
            super(text.en());
            this.text = text;
        }

        /** What is wrong, in both languages. */
        Message text() {
            return text;
        }
    }

    /**
     * Where a placeholder or directive of the template is in the FreeMarker source: characters {@code start} to
     * {@code end}, taken from the paragraph (or table row) whose text is {@code paragraph}.
     */
    record Span(int start, int end, String paragraph) {}

    /**
     * A part of the template as FreeMarker source, with where each placeholder and directive came from; a part with
     * none ({@link #templated()} false) is kept as it is.
     */
    record Source(String text, List<Span> spans) {

        Source {
            spans = List.copyOf(spans);
        }

        /** Whether the part holds any placeholder or directive. */
        boolean templated() {
            return !spans.isEmpty();
        }

        /** The paragraph the source's character {@code offset} belongs to: its span's, or the last one before it. */
        String paragraphAt(int offset) {
            String found = spans.isEmpty() ? "" : spans.get(0).paragraph();
            for (Span span : spans) {
                if (span.start() <= offset) {
                    found = span.paragraph();
                }
            }
            return found;
        }
    }

    private final List<String> raw = new ArrayList<>();
    private final List<String> rawParagraphs = new ArrayList<>();
    private final Message where;

    private WordTemplateText(Message where) {
        this.where = where;
    }

    /**
     * The FreeMarker source of a template part ({@code document.xml}, a header or a footer), {@code where} naming the
     * part in messages ({@link WordParts}).
     */
    static Source of(byte[] partXml, Message where) throws Unreadable {
        return new WordTemplateText(where).convert(partXml);
    }

    private Source convert(byte[] documentXml) throws Unreadable {
        Document document = parse(documentXml);
        clean(document.getDocumentElement());
        for (Element row : elements(document, "tr")) {
            String text = text(row);
            if (!text.isBlank() && DIRECTIVE.matcher(text).replaceAll("").isBlank()) {
                lift(row, text.strip(), text.strip());
            }
        }
        for (Element paragraph : elements(document, "p")) {
            if (paragraph.getParentNode() != null) {
                paragraph(paragraph);
            }
        }
        String xml = serialize(document);
        StringBuilder out = new StringBuilder(xml.length());
        Matcher m =
                Pattern.compile("<!--FTL(\\d+)-->|" + OPEN + "(\\d+)" + CLOSE).matcher(xml);
        List<Span> spans = new ArrayList<>();
        int last = 0;
        while (m.find()) {
            out.append(xml, last, m.start());
            int index = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
            spans.add(new Span(out.length(), out.length() + raw.get(index).length(), rawParagraphs.get(index)));
            out.append(raw.get(index));
            last = m.end();
        }
        return new Source(out.append(xml.substring(last)).toString(), spans);
    }

    private Document parse(byte[] xml) throws Unreadable {
        try {
            return SafeXml.parse(xml);
        } catch (SafeXml.Malformed e) {
            throw new Unreadable(WordMessages.partMalformed(where, e.getMessage()));
        }
    }

    /** Removes what carries no text and would split placeholders; accepts insertions, drops deletions. */
    static void clean(Element element) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = attributes.getLength() - 1; i >= 0; i--) {
            Node attribute = attributes.item(i);
            String name = attribute.getLocalName() == null ? attribute.getNodeName() : attribute.getLocalName();
            if (name.startsWith("rsid") || name.equals("paraId") || name.equals("textId")) {
                element.removeAttributeNode((Attr) attribute);
            }
        }
        Node child = element.getFirstChild();
        while (child != null) {
            Node next = child.getNextSibling();
            if (child instanceof Element e && W.equals(e.getNamespaceURI())) {
                if (DROPPED.contains(e.getLocalName())) {
                    element.removeChild(e);
                } else if (UNWRAPPED.contains(e.getLocalName())) {
                    Node first = e.getFirstChild();
                    while (e.getFirstChild() != null) {
                        element.insertBefore(e.getFirstChild(), e);
                    }
                    element.removeChild(e);
                    child = first != null ? first : next; // clean what was inside, now in its place
                    continue;
                } else {
                    clean(e);
                }
            } else if (child instanceof Element e) {
                clean(e);
            }
            child = next;
        }
    }

    private void paragraph(Element paragraph) throws Unreadable {
        mergeRuns(paragraph);
        String text = text(paragraph);
        if (text.contains("${") && Pattern.compile("\\$\\{[^}]*$").matcher(text).find()) {
            throw new Unreadable(WordMessages.unclosedPlaceholder(where, text.strip()));
        }
        if (text.isBlank() || !TOKEN.matcher(text).find()) {
            return;
        }
        boolean hasDirective = DIRECTIVE.matcher(text).find();
        if (hasDirective) {
            if (!DIRECTIVE.matcher(text).replaceAll("").isBlank()) {
                throw new Unreadable(WordMessages.mixedDirective(where, text.strip()));
            }
            lift(paragraph, text.strip(), text.strip());
            return;
        }
        gatherPlaceholders(paragraph, text.strip());
    }

    /** Replaces {@code element} with a marker that becomes {@code directive} verbatim in the FreeMarker source. */
    private void lift(Element element, String directive, String text) {
        raw.add(directive);
        rawParagraphs.add(text);
        element.getParentNode()
                .replaceChild(element.getOwnerDocument().createComment("FTL" + (raw.size() - 1)), element);
    }

    /** Merges neighbouring runs that hold only text and have the same formatting. */
    static void mergeRuns(Element paragraph) {
        Element previous = null;
        for (Element run : children(paragraph, "r")) {
            if (previous != null
                    && previous.getNextSibling() == run
                    && textOnly(previous)
                    && textOnly(run)
                    && properties(previous).equals(properties(run))) {
                Element target = child(previous, "t");
                target.setTextContent(target.getTextContent() + child(run, "t").getTextContent());
                target.setAttributeNS(XMLConstants.XML_NS_URI, "xml:space", "preserve");
                paragraph.removeChild(run);
                continue;
            }
            previous = run;
        }
    }

    /** Makes each ${…} whole inside one run (the run where it starts keeps its formatting) and protects it. */
    private void gatherPlaceholders(Element paragraph, String text) {
        List<Element> texts = new ArrayList<>();
        for (Element run : children(paragraph, "r")) {
            texts.addAll(children(run, "t"));
        }
        StringBuilder all = new StringBuilder();
        int[] starts = new int[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            starts[i] = all.length();
            all.append(texts.get(i).getTextContent());
        }
        String[] parts = new String[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            parts[i] = texts.get(i).getTextContent();
        }
        Matcher m = Pattern.compile("\\$\\{[^}]*}").matcher(all);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        // rebuild the texts: every character goes to the run it was in, except that a placeholder goes whole to the
        // run where it starts, protected as a marker
        StringBuilder[] rebuilt = new StringBuilder[texts.size()];
        for (int i = 0; i < rebuilt.length; i++) {
            rebuilt[i] = new StringBuilder();
        }
        int position = 0;
        int span = 0;
        while (position < all.length()) {
            int owner = owner(starts, position);
            if (span < spans.size() && spans.get(span)[0] == position) {
                raw.add(all.substring(position, spans.get(span)[1]));
                rawParagraphs.add(text);
                rebuilt[owner].append(OPEN).append(raw.size() - 1).append(CLOSE);
                position = spans.get(span)[1];
                span++;
            } else {
                rebuilt[owner].append(all.charAt(position));
                position++;
            }
        }
        for (int i = 0; i < texts.size(); i++) {
            if (!rebuilt[i].toString().equals(parts[i])) {
                texts.get(i).setTextContent(rebuilt[i].toString());
                texts.get(i).setAttributeNS(XMLConstants.XML_NS_URI, "xml:space", "preserve");
            }
        }
    }

    private static int owner(int[] starts, int position) {
        int owner = 0;
        for (int i = 0; i < starts.length; i++) {
            if (starts[i] <= position) {
                owner = i;
            }
        }
        return owner;
    }

    private static boolean textOnly(Element run) {
        for (Element child : children(run, null)) {
            if (!child.getLocalName().equals("t") && !child.getLocalName().equals("rPr")) {
                return false;
            }
        }
        return child(run, "t") != null;
    }

    private static String properties(Element run) {
        Element properties = child(run, "rPr");
        return properties == null ? "" : serialize(properties);
    }

    private static String text(Element element) {
        StringBuilder text = new StringBuilder();
        NodeList list = element.getElementsByTagNameNS(W, "t");
        for (int i = 0; i < list.getLength(); i++) {
            text.append(list.item(i).getTextContent());
        }
        return text.toString();
    }

    private static List<Element> elements(Document document, String name) {
        NodeList list = document.getElementsByTagNameNS(W, name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            elements.add((Element) list.item(i));
        }
        return elements;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e
                    && W.equals(e.getNamespaceURI())
                    && (name == null || name.equals(e.getLocalName()))) {
                found.add(e);
            }
        }
        return found;
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static String serialize(Node node) {
        return SafeXml.serialize(node);
    }
}
