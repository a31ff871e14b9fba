package cn.zfxxgk.report.ingest.docx;

import cn.zfxxgk.report.ingest.Block;
import cn.zfxxgk.report.ingest.Findings;
import cn.zfxxgk.report.ingest.ImportMessages;
import cn.zfxxgk.report.ingest.Origin;
import cn.zfxxgk.report.ingest.SourceDocument;
import cn.zfxxgk.report.ingest.SourceParagraph;
import cn.zfxxgk.report.ingest.SourceReader;
import cn.zfxxgk.report.ingest.SourceTable;
import cn.zfxxgk.report.ingest.Texts;
import cn.zfxxgk.report.render.docx.RunJoining;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A DOCX as blocks: the body's paragraphs (a line break inside one makes two lines) and tables in order, each table a
 * grid with {@code w:gridSpan} and {@code w:vMerge} expanded. Headers and footers (page numbers) are left out. Places
 * are named as Word users find them: {@code paragraph 12}, {@code table 2, row 5, cell 3}.
 */
public final class DocxSource implements SourceReader {

    /** A package that unpacks to more than this is refused before it is read, as the engine refuses templates. */
    private static final long MAX_UNPACKED = 64L * 1024 * 1024;

    private static final String W = RunJoining.W;
    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    private final List<Block> blocks = new ArrayList<>();
    private int invisible;
    private int paragraphs;
    private int tables;

    @Override
    public SourceDocument read(byte[] bytes, Findings findings) throws Unreadable {
        Map<String, byte[]> parts = unzip(bytes);
        byte[] documentXml = parts.get("word/document.xml");
        if (documentXml == null) {
            throw new Unreadable(ImportMessages.docxWithoutText());
        }
        Document document;
        try {
            document = RunJoining.joined(documentXml);
        } catch (RunJoining.Malformed e) {
            throw new Unreadable(ImportMessages.docxTextDamaged());
        }
        Element body = child(document.getDocumentElement(), "body");
        if (body != null) {
            container(body);
        }
        return new SourceDocument(blocks, title(parts.get("docProps/core.xml")), invisible);
    }

    private static Map<String, byte[]> unzip(byte[] bytes) throws Unreadable {
        Map<String, byte[]> parts = new HashMap<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                boolean wanted = name.equals("word/document.xml") || name.equals("docProps/core.xml");
                byte[] content = read(zip, MAX_UNPACKED - total);
                total += content.length;
                if (total > MAX_UNPACKED) {
                    throw new Unreadable(ImportMessages.docxTooLarge(MAX_UNPACKED / (1024 * 1024)));
                }
                if (wanted) {
                    parts.put(name, content);
                }
            }
        } catch (IOException e) {
            throw new Unreadable(ImportMessages.docxDamaged());
        }
        if (parts.isEmpty()) {
            throw new Unreadable(ImportMessages.docxDamaged());
        }
        return parts;
    }

    private static byte[] read(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            out.write(buffer, 0, n);
            if (out.size() > limit) {
                break;
            }
        }
        return out.toByteArray();
    }

    /** Reads the paragraphs and tables of a body (or of a content control inside it). */
    private void container(Element parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e) || !W.equals(e.getNamespaceURI())) {
                continue;
            }
            switch (e.getLocalName()) {
                case "p" -> paragraph(e);
                case "tbl" -> blocks.add(table(e));
                case "sdt" -> {
                    Element content = child(e, "sdtContent");
                    if (content != null) {
                        container(content);
                    }
                }
                default -> {}
            }
        }
    }

    private void paragraph(Element p) {
        paragraphs++;
        boolean title = isTitle(p);
        Origin at = ImportMessages.paragraph(paragraphs);
        for (String line : lines(p)) {
            invisible += Texts.invisible(line);
            String text = Texts.clean(line);
            if (!text.isEmpty()) {
                blocks.add(new SourceParagraph(text, at, title));
            }
        }
    }

    /** The lines of a paragraph: its text, broken where Word breaks a line ({@code w:br}, {@code w:cr}). */
    private static List<String> lines(Element p) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        collect(p, line, lines);
        lines.add(line.toString());
        return lines;
    }

    private static void collect(Element element, StringBuilder line, List<String> lines) {
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) {
                continue;
            }
            if (MC.equals(e.getNamespaceURI()) && e.getLocalName().equals("Fallback")) {
                continue; // the same content again, for older readers
            }
            if (W.equals(e.getNamespaceURI())) {
                switch (e.getLocalName()) {
                    case "t" -> line.append(e.getTextContent());
                    case "tab", "ptab" -> line.append(' ');
                    case "br", "cr" -> {
                        if (!"page".equals(e.getAttributeNS(W, "type"))) {
                            lines.add(line.toString());
                            line.setLength(0);
                        }
                    }
                    case "txbxContent", "instrText", "delText", "footnoteReference", "endnoteReference" -> {}
                    default -> collect(e, line, lines);
                }
            } else {
                collect(e, line, lines);
            }
        }
    }

    /** Word's Title style, or a centred paragraph set at 18 pt or more: the report's name. */
    private static boolean isTitle(Element p) {
        Element properties = child(p, "pPr");
        if (properties == null) {
            return false;
        }
        Element style = child(properties, "pStyle");
        String styleId = style == null ? "" : style.getAttributeNS(W, "val");
        if (styleId.equalsIgnoreCase("Title")) {
            return true;
        }
        Element jc = child(properties, "jc");
        boolean centred = jc != null && "center".equals(jc.getAttributeNS(W, "val"));
        if (!centred) {
            return false;
        }
        NodeList sizes = p.getElementsByTagNameNS(W, "sz");
        for (int i = 0; i < sizes.getLength(); i++) {
            try {
                if (Integer.parseInt(((Element) sizes.item(i)).getAttributeNS(W, "val")) >= 36) {
                    return true;
                }
            } catch (NumberFormatException e) {
                // not a size
            }
        }
        return false;
    }

    private SourceTable table(Element tbl) {
        tables++;
        List<Element> rows = children(tbl, "tr");
        // first the grid: where each cell starts, how many columns it spans, and whether it continues a merge above
        List<List<int[]>> layout = new ArrayList<>();
        List<List<Element>> cells = new ArrayList<>();
        for (Element tr : rows) {
            List<int[]> positions = new ArrayList<>();
            List<Element> list = new ArrayList<>();
            int column = gridBefore(tr);
            for (Element tc : cellsOf(tr)) {
                Element properties = child(tc, "tcPr");
                int span = 1;
                int merge = 0;
                if (properties != null) {
                    Element gridSpan = child(properties, "gridSpan");
                    if (gridSpan != null) {
                        span = Math.max(1, parse(gridSpan.getAttributeNS(W, "val")));
                    }
                    Element vMerge = child(properties, "vMerge");
                    if (vMerge != null) {
                        merge = "restart".equals(vMerge.getAttributeNS(W, "val")) ? 1 : 2;
                    }
                }
                positions.add(new int[] {column, span, merge});
                list.add(tc);
                column += span;
            }
            layout.add(positions);
            cells.add(list);
        }
        List<List<SourceTable.Spanned>> grid = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<SourceTable.Spanned> row = new ArrayList<>();
            int column = 0;
            for (int i = 0; i < cells.get(r).size(); i++) {
                int[] p = layout.get(r).get(i);
                while (column < p[0]) {
                    row.add(new SourceTable.Spanned("", 1, 1, place(r, row.size())));
                    column++;
                }
                column += p[1];
                if (p[2] == 2) {
                    continue; // continues the cell above: laid out by that cell's rowspan
                }
                int rowspan = 1;
                if (p[2] == 1) {
                    for (int below = r + 1; below < rows.size() && continues(layout.get(below), p[0]); below++) {
                        rowspan++;
                    }
                }
                String raw = String.join(" ", cellLines(cells.get(r).get(i)));
                invisible += Texts.invisible(raw);
                row.add(new SourceTable.Spanned(Texts.clean(raw), p[1], rowspan, place(r, i)));
            }
            grid.add(row);
        }
        return SourceTable.of(grid, ImportMessages.table(tables));
    }

    private Origin place(int row, int cell) {
        return ImportMessages.cell(tables, row + 1, cell + 1);
    }

    private static boolean continues(List<int[]> row, int column) {
        return row.stream().anyMatch(p -> p[0] == column && p[2] == 2);
    }

    private static List<String> cellLines(Element tc) {
        List<String> lines = new ArrayList<>();
        for (Element p : descendants(tc, "p")) {
            lines.addAll(lines(p));
        }
        return lines;
    }

    private static int gridBefore(Element tr) {
        Element properties = child(tr, "trPr");
        Element before = properties == null ? null : child(properties, "gridBefore");
        return before == null ? 0 : parse(before.getAttributeNS(W, "val"));
    }

    private static List<Element> cellsOf(Element tr) {
        List<Element> cells = new ArrayList<>();
        for (Element e : children(tr, null)) {
            if (e.getLocalName().equals("tc")) {
                cells.add(e);
            } else if (e.getLocalName().equals("sdt") && child(e, "sdtContent") != null) {
                cells.addAll(children(child(e, "sdtContent"), "tc"));
            }
        }
        return cells;
    }

    private static String title(byte[] coreXml) {
        if (coreXml == null) {
            return "";
        }
        try {
            NodeList titles =
                    RunJoining.joined(coreXml).getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "title");
            return titles.getLength() == 0 ? "" : Texts.clean(titles.item(0).getTextContent());
        } catch (RunJoining.Malformed e) {
            return "";
        }
    }

    private static int parse(String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
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

    private static List<Element> descendants(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList list = parent.getElementsByTagNameNS(W, name);
        for (int i = 0; i < list.getLength(); i++) {
            found.add((Element) list.item(i));
        }
        return found;
    }
}
