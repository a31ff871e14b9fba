package cn.zfxxgk.report.template;

import cn.zfxxgk.report.model.Position;
import cn.zfxxgk.report.problem.Message;
import cn.zfxxgk.report.problem.Problem;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Checks the page an HTML template made before any format uses it: it must be well-formed XHTML (the PDF is typeset
 * from it, and the HTML output promises it) and load nothing from outside the document — no image, style sheet, script
 * or frame from the network or the disk ({@code data:} URIs and {@code #fragments} are inside the document; links a
 * reader clicks, {@code <a href>}, load nothing by themselves). A problem is reported at its place in the template
 * where the slip can be found there (the markup editors write every day: {@code <br>}, {@code &nbsp;}, a remote
 * {@code <img src>}), else with the line of the page that shows it.
 */
final class XhtmlCheck {

    /** HTML's void elements: written {@code <br>} in HTML, they must be closed in XHTML. */
    private static final Set<String> VOID = Set.of(
            "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
            "wbr");
    /** Attributes that make a browser (or the PDF renderer) load what they name. */
    private static final Set<String> LOADING = Set.of("src", "srcset", "poster", "background", "lowsrc", "dynsrc");
    /** Elements whose {@code href} or {@code data} is loaded, not followed. */
    private static final Set<String> LOADING_HREF = Set.of("link", "image", "use", "feimage", "script", "object");

    private static final Pattern UNTERMINATED = Pattern.compile("The element type \"([^\"]+)\" must be terminated");
    private static final Pattern UNDECLARED =
            Pattern.compile("The entity \"([^\"]+)\" was referenced, but not declared");
    private static final Pattern CSS_URL =
            Pattern.compile("(?:url\\(\\s*['\"]?|@import\\s+['\"])([^'\")\\s]*)", Pattern.CASE_INSENSITIVE);

    private final String page;
    private final TemplateSource template;

    private XhtmlCheck(String page, TemplateSource template) {
        this.page = page;
        this.template = template;
    }

    /** Refuses {@code page}, made by {@code template}, when it is not well-formed or loads something from outside. */
    static void check(String page, TemplateSource template) throws TemplateFailure {
        new XhtmlCheck(page, template).run();
    }

    /** Reads {@code page} into {@code handler} with safe settings: no external entity or DTD is loaded. */
    static void parse(String page, DefaultHandler handler)
            throws SAXException, IOException, ParserConfigurationException {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.newSAXParser().parse(new InputSource(new StringReader(page)), handler);
    }

    private void run() throws TemplateFailure {
        References references = new References();
        try {
            parse(page, references);
        } catch (SAXParseException e) {
            throw malformed(e);
        } catch (SAXException | ParserConfigurationException | IOException e) {
            throw new IllegalStateException("an XML parser reading a string cannot fail this way", e);
        }
        if (references.found != null) {
            throw remote(references.found, references.where);
        }
    }

    private TemplateFailure malformed(SAXParseException e) {
        String message = e.getMessage() == null ? "malformed XML" : e.getMessage();
        Matcher element = UNTERMINATED.matcher(message);
        if (element.find() && VOID.contains(element.group(1).toLowerCase(Locale.ROOT))) {
            String name = element.group(1);
            Optional<Position> at = template.find(Pattern.compile("<" + Pattern.quote(name) + "(?:\\s[^<>]*)?(?<!/)>"));
            if (at.isPresent()) {
                return failure(at.get(), TemplateMessages.unclosedVoid(name));
            }
        }
        Matcher entity = UNDECLARED.matcher(message);
        if (entity.find()) {
            String reference = "&" + entity.group(1) + ";";
            Optional<Position> at = template.find(Pattern.compile(Pattern.quote(reference)));
            if (at.isPresent()) {
                return failure(at.get(), TemplateMessages.htmlEntity(reference));
            }
        }
        return failure(
                Position.NONE,
                TemplateMessages.malformed(
                        message.replaceAll("\\s+", " ").strip(),
                        e.getLineNumber(),
                        excerpt(e.getLineNumber(), e.getColumnNumber())));
    }

    private TemplateFailure remote(String reference, String where) {
        Optional<Position> at = template.find(Pattern.compile(Pattern.quote(reference)));
        return failure(at.orElse(Position.NONE), TemplateMessages.loadsFromOutside(reference, where));
    }

    private TemplateFailure failure(Position at, Message message) {
        return new TemplateFailure(Problem.error(template.displayName(), at, message), null);
    }

    /** Line {@code line} of the page around {@code column}, short enough to quote. */
    private String excerpt(int line, int column) {
        List<String> lines = page.lines().toList();
        if (line < 1 || line > lines.size()) {
            return "";
        }
        String text = lines.get(line - 1);
        int end = Math.min(text.length(), Math.max(column, 1) + 20);
        int start = Math.max(0, end - 60);
        return text.substring(start, end).strip();
    }

    /** Finds the first reference the page loads from outside itself. */
    private static final class References extends DefaultHandler {
        String found;
        String where;
        private boolean inStyle;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            String element = localName.toLowerCase(Locale.ROOT);
            inStyle = element.equals("style");
            for (int i = 0; i < attributes.getLength() && found == null; i++) {
                String name = attributes.getLocalName(i).toLowerCase(Locale.ROOT);
                String value = attributes.getValue(i).strip();
                boolean loads = LOADING.contains(name)
                        || (name.equals("href")
                                && (LOADING_HREF.contains(element)
                                        || attributes.getURI(i).equals("http://www.w3.org/1999/xlink")))
                        || (name.equals("data") && element.equals("object"));
                if (loads) {
                    // only srcset lists several (each "url width"); a data: URI has commas of its own
                    for (String part : name.equals("srcset") ? value.split(",") : new String[] {value}) {
                        String reference = part.strip().split("\\s+")[0];
                        if (!reference.isEmpty() && isOutside(reference)) {
                            record(reference, "<" + localName + " " + attributes.getQName(i) + ">");
                            break;
                        }
                    }
                } else if (name.equals("style")) {
                    css(value, "<" + localName + " style>");
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            inStyle = false;
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inStyle) {
                css(new String(ch, start, length), "<style>");
            }
        }

        private void css(String css, String what) {
            Matcher m = CSS_URL.matcher(css);
            while (m.find() && found == null) {
                if (!m.group(1).isEmpty() && isOutside(m.group(1))) {
                    record(m.group(1), what);
                }
            }
        }

        private void record(String reference, String what) {
            if (found == null) {
                found = reference;
                where = what;
            }
        }

        private static boolean isOutside(String reference) {
            String lower = reference.toLowerCase(Locale.ROOT);
            return !lower.startsWith("data:") && !lower.startsWith("#");
        }

        @Override
        public InputSource resolveEntity(String publicId, String systemId) {
            return new InputSource(new StringReader("")); // nothing is loaded, not even a DTD
        }
    }
}
