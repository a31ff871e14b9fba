package cn.zfxxgk.report.readback;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reads a PDF back with PDFBox: its text page by page and where each run of text stands on the page. */
public final class PdfReadback implements AutoCloseable {

    /** A run of text on one line with the position of its first and last glyph, in points from the top left. */
    public record Run(int page, String text, float x, float endX, float y, float fontSize, String font) {
    }

    private final PDDocument document;

    public PdfReadback(byte[] pdf) {
        try {
            this.document = Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public PDDocument document() {
        return document;
    }

    /** Every run of text of every page, in reading order. */
    public List<Run> runs() {
        List<Run> runs = new ArrayList<>();
        try {
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                int number = page;
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<TextPosition> positions) throws IOException {
                        TextPosition first = positions.get(0);
                        TextPosition last = positions.get(positions.size() - 1);
                        runs.add(new Run(number, text, first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(),
                                first.getYDirAdj(), first.getXScale(),
                                first.getFont().getName()));
                        super.writeString(text, positions);
                    }
                };
                stripper.setSortByPosition(false);
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                stripper.getText(document);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return runs;
    }

    /** The text of the whole document with page numbers left out and all white space removed. */
    public String textWithoutPageNumbers() {
        StringBuilder text = new StringBuilder();
        for (Run run : runs()) {
            if (!run.text().strip().matches("— \\d+ —")) {
                text.append(run.text());
            }
        }
        return text.toString().replaceAll("\\s+", "");
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}
