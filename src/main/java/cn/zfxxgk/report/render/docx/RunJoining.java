package cn.zfxxgk.report.render.docx;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A seam, not part of the engine's API: {@code gen import} reads a published DOCX with the same safe parsing and the
 * same run-joining the engine applies to its Word template ({@link WordTemplateText}) — bookmarks, proofing and
 * revision marks dropped, tracked insertions accepted and deletions dropped, runs of equal formatting merged — so
 * that text Word stored in pieces reads as it was typed. Only the importer may use it (an architecture test says so).
 */
public final class RunJoining {

    /** The part is not well-formed XML, or declares a DOCTYPE; the message is the parser's. */
    public static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;

        Malformed(String message) {
            super(message);
        }
    }

    private RunJoining() {}

    /** The WordprocessingML namespace. */
    public static final String W = WordTemplateText.W;

    /** {@code xml} (a {@code document.xml}) parsed safely, with its runs joined as described above. */
    public static Document joined(byte[] xml) throws Malformed {
        Document document;
        try {
            document = SafeXml.parse(xml);
        } catch (SafeXml.Malformed e) {
            throw new Malformed(e.getMessage());
        }
        WordTemplateText.clean(document.getDocumentElement());
        NodeList paragraphs = document.getElementsByTagNameNS(W, "p");
        for (int i = 0; i < paragraphs.getLength(); i++) {
            WordTemplateText.mergeRuns((Element) paragraphs.item(i));
        }
        return document;
    }
}
