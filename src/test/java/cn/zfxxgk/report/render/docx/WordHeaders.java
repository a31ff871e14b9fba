package cn.zfxxgk.report.render.docx;

import cn.zfxxgk.report.readback.ZipEdits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Test helper: a Word template with a header added as Word adds one (Insert → Header): a header part, its relationship,
 * its content type and the section's reference to it.
 */
final class WordHeaders {

    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private WordHeaders() {}

    /**
     * {@code docx} with a header of {@code type} ({@code default} or {@code even}) holding
     * {@code paragraphs} (WordprocessingML {@code <w:p>} elements), as part {@code word/header-type.xml}.
     */
    static byte[] withHeader(byte[] docx, String type, String paragraphs) throws IOException {
        String part = "header-" + type + ".xml";
        String id = "rIdHeader" + type;
        byte[] edited = ZipEdits.withEntry(
                docx,
                "word/" + part,
                ("<?xml version=\"1.0\" encoding=\"UTF-8\" "
                                + "standalone=\"yes\"?><w:hdr xmlns:w=\"" + WordTemplateText.W + "\" xmlns:r=\""
                                + RELATIONSHIPS + "\">"
                                + paragraphs + "</w:hdr>")
                        .getBytes(StandardCharsets.UTF_8));
        edited = ZipEdits.replaceInZip(
                edited,
                "word/_rels/document.xml.rels",
                "</Relationships>",
                "<Relationship Id=\"" + id + "\" Type=\"" + RELATIONSHIPS + "/header\" Target=\"" + part + "\"/>"
                        + "</Relationships>");
        edited = ZipEdits.replaceInZip(
                edited,
                "[Content_Types].xml",
                "</Types>",
                "<Override PartName=\"/word/" + part
                        + "\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/></Types>");
        return ZipEdits.replaceInZip(
                edited,
                "word/document.xml",
                "<w:sectPr>",
                "<w:sectPr><w:headerReference " + "w:type=\"" + type + "\" r:id=\"" + id + "\"/>");
    }

    /** A paragraph of {@code text}, split into runs where Word would: after each '{@code .}'. */
    static String paragraph(String text) {
        StringBuilder runs = new StringBuilder("<w:p>");
        for (String piece : text.split("(?<=\\.)")) {
            runs.append("<w:r><w:t xml:space=\"preserve\">")
                    .append(piece)
                    .append("</w:t></w:r>")
                    .append("<w:proofErr w:type=\"spellStart\"/>");
        }
        return runs.append("</w:p>").toString();
    }
}
