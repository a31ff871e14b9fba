package cn.zfxxgk.report.render.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reading and writing the XML parts of a Word package with the JDK's own parser, configured safely: no DOCTYPE (so no
 * entities, internal or external), no XInclude, secure processing on. Word never writes a DOCTYPE, so refusing one
 * costs editors nothing.
 */
final class SafeXml {

    /** A part that is not well-formed, or declares a DOCTYPE; the message is the parser's. */
    static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;

        Malformed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * How deep elements may nest. Word's own documents go a few dozen levels deep (a table in a table in a content
     * control); thousands of levels are an attack on the code that walks the tree.
     */
    static final int MAX_DEPTH = 256;

    private static final String MAX_DEPTH_PROPERTY = "http://www.oracle.com/xml/jaxp/properties/maxElementDepth";

    private SafeXml() {}

    /** The namespace-aware DOM of {@code xml}. */
    static Document parse(byte[] xml) throws Malformed {
        try {
            return builder().parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw malformed(e);
        }
    }

    /** The parser's reason, in plain words where the JDK's are cryptic (its depth limit). */
    private static Malformed malformed(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (message.contains("maxElementDepth")) {
            message = "its elements nest more than " + MAX_DEPTH + " deep";
        }
        return new Malformed(message, e);
    }

    /** Checks that {@code xml} is well-formed, without building a tree (the filled-in document is large). */
    static void check(byte[] xml) throws Malformed {
        try {
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance(); // the JDK's own
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            javax.xml.parsers.SAXParser parser = factory.newSAXParser();
            parser.setProperty(MAX_DEPTH_PROPERTY, String.valueOf(MAX_DEPTH));
            parser.parse(new ByteArrayInputStream(xml), new DefaultHandler());
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw malformed(e);
        }
    }

    /** An empty document, to build a part from scratch. */
    static Document newDocument() {
        try {
            return builder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be configured: " + e.getMessage(), e);
        }
    }

    private static DocumentBuilder builder() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance(); // the JDK's own
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setAttribute(MAX_DEPTH_PROPERTY, String.valueOf(MAX_DEPTH));
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder;
    }

    /** {@code node} as XML text; a whole document keeps its XML declaration. */
    static String serialize(Node node) {
        try {
            TransformerFactory factory = TransformerFactory.newDefaultInstance(); // the JDK's own, not a library's
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, node instanceof Document ? "no" : "yes");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(node), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("a parsed document cannot be written back: " + e.getMessage(), e);
        }
    }
}
