package cn.zfxxgk.report.readback;

import jakarta.xml.bind.JAXBElement;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.docx4j.TraversalUtil;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tc;
import org.docx4j.wml.TcPr;
import org.docx4j.wml.Text;
import org.docx4j.wml.Tr;

/** Reads a DOCX back with docx4j: its body paragraphs and its tables as cells with their spans. */
public final class DocxReadback {

    /** A part of the body in order: a paragraph or a table. */
    public sealed interface Block permits Paragraph, Table {}

    /**
     * A body paragraph: its style id ({@code Normal} when it names none), its text, and the text of its runs in the
     * character style {@code RunInHeading} (empty when none).
     */
    public record Paragraph(String style, String text, String runIn) implements Block {}

    /**
     * A body table: rows of the cells that start there (the role is the cell paragraph's style id), and which rows
     * repeat as header rows.
     */
    public record Table(List<List<ReadCell>> rows, List<Boolean> headerRows) implements Block {}

    private final WordprocessingMLPackage pkg;

    public DocxReadback(byte[] docx) throws Docx4JException {
        this.pkg = WordprocessingMLPackage.load(new ByteArrayInputStream(docx));
    }

    public WordprocessingMLPackage pkg() {
        return pkg;
    }

    /** The text of every paragraph directly in the body (not in tables), in order, empty ones left out. */
    public List<String> paragraphs() {
        List<String> texts = new ArrayList<>();
        for (Object o : pkg.getMainDocumentPart().getContent()) {
            if (unwrap(o) instanceof P p) {
                String text = text(p);
                if (!text.isBlank()) {
                    texts.add(text.strip());
                }
            }
        }
        return texts;
    }

    /** Every body table, as rows of the cells that start there (w:vMerge continuations folded into rowspans). */
    public List<List<List<ReadCell>>> tables() {
        List<List<List<ReadCell>>> tables = new ArrayList<>();
        for (Object o : pkg.getMainDocumentPart().getContent()) {
            if (unwrap(o) instanceof Tbl table) {
                tables.add(table(table, false));
            }
        }
        return tables;
    }

    /** The body's paragraphs and tables in order. */
    public List<Block> body() {
        List<Block> blocks = new ArrayList<>();
        for (Object o : pkg.getMainDocumentPart().getContent()) {
            Object block = unwrap(o);
            if (block instanceof P p) {
                String style = p.getPPr() != null && p.getPPr().getPStyle() != null
                        ? p.getPPr().getPStyle().getVal()
                        : "Normal";
                StringBuilder runIn = new StringBuilder();
                for (Object content : p.getContent()) {
                    if (unwrap(content) instanceof R r
                            && r.getRPr() != null
                            && r.getRPr().getRStyle() != null
                            && "RunInHeading".equals(r.getRPr().getRStyle().getVal())) {
                        runIn.append(text(r));
                    }
                }
                blocks.add(new Paragraph(style, text(p), runIn.toString()));
            } else if (block instanceof Tbl tbl) {
                List<Boolean> header = new ArrayList<>();
                for (Object row : tbl.getContent()) {
                    if (unwrap(row) instanceof Tr tr) {
                        header.add(tr.getTrPr() != null
                                && tr.getTrPr().getCnfStyleOrDivIdOrGridBefore().stream()
                                        .anyMatch(
                                                e -> e.getName().getLocalPart().equals("tblHeader")
                                                        && (!(e.getValue() instanceof BooleanDefaultTrue b)
                                                                || b.isVal())));
                    }
                }
                blocks.add(new Table(table(tbl, true), header));
            }
        }
        return blocks;
    }

    private static List<List<ReadCell>> table(Tbl table, boolean roles) {
        List<Tr> rows = new ArrayList<>();
        for (Object o : table.getContent()) {
            if (unwrap(o) instanceof Tr tr) {
                rows.add(tr);
            }
        }
        // for every row: the grid column each cell starts at, its span and whether it continues a vertical merge
        List<List<int[]>> layout = new ArrayList<>();
        List<List<Tc>> cells = new ArrayList<>();
        for (Tr tr : rows) {
            List<int[]> positions = new ArrayList<>();
            List<Tc> list = new ArrayList<>();
            int column = 0;
            for (Object o : tr.getContent()) {
                if (unwrap(o) instanceof Tc tc) {
                    TcPr pr = tc.getTcPr();
                    int span = pr != null && pr.getGridSpan() != null
                            ? pr.getGridSpan().getVal().intValue()
                            : 1;
                    int merge = pr == null || pr.getVMerge() == null
                            ? 0
                            : "restart".equals(pr.getVMerge().getVal()) ? 1 : 2;
                    positions.add(new int[] {column, span, merge});
                    list.add(tc);
                    column += span;
                }
            }
            layout.add(positions);
            cells.add(list);
        }
        List<List<ReadCell>> read = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<ReadCell> row = new ArrayList<>();
            for (int i = 0; i < cells.get(r).size(); i++) {
                int[] p = layout.get(r).get(i);
                if (p[2] == 2) {
                    continue; // continuation of a cell above
                }
                int rowspan = 1;
                if (p[2] == 1) {
                    for (int below = r + 1; below < rows.size() && continues(layout.get(below), p[0]); below++) {
                        rowspan++;
                    }
                }
                Tc cell = cells.get(r).get(i);
                row.add(new ReadCell(text(cell), p[1], rowspan, roles ? style(cell) : ""));
            }
            read.add(row);
        }
        return read;
    }

    /** The style id of a cell's first paragraph. */
    private static String style(Tc cell) {
        for (Object o : cell.getContent()) {
            if (unwrap(o) instanceof P p && p.getPPr() != null && p.getPPr().getPStyle() != null) {
                return p.getPPr().getPStyle().getVal();
            }
        }
        return "";
    }

    private static boolean continues(List<int[]> row, int column) {
        return row.stream().anyMatch(p -> p[0] == column && p[2] == 2);
    }

    private static String text(Object element) {
        StringBuilder text = new StringBuilder();
        new TraversalUtil(element, new TraversalUtil.CallbackImpl() {
            @Override
            public List<Object> apply(Object o) {
                if (o instanceof Text t) {
                    text.append(t.getValue());
                }
                return null;
            }
        });
        return text.toString().strip();
    }

    private static Object unwrap(Object o) {
        return o instanceof JAXBElement<?> e ? e.getValue() : o;
    }
}
