package cn.zfxxgk.report.readback;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * The ruling lines drawn on a PDF page — a table's borders — read from its content stream: every filled or stroked
 * shape thinner than 2 pt, as a horizontal or vertical segment in points from the top left of the page.
 */
public final class PdfRules {

    /** A horizontal or vertical line: from (x1, y1) to (x2, y2), x1 ≤ x2 and y1 ≤ y2. */
    public record Rule(float x1, float y1, float x2, float y2) {

        public boolean horizontal() {
            return y2 - y1 < x2 - x1;
        }
    }

    private PdfRules() {}

    /** The ruling lines of page {@code index} (0-based) of {@code document}. */
    public static List<Rule> of(PDDocument document, int index) {
        PDPage page = document.getPage(index);
        float height = page.getMediaBox().getHeight();
        List<Rule> rules = new ArrayList<>();
        PDFGraphicsStreamEngine engine = new PDFGraphicsStreamEngine(page) {
            private Rectangle2D path;

            private void add(Point2D point) {
                if (path == null) {
                    path = new Rectangle2D.Double(point.getX(), point.getY(), 0, 0);
                } else {
                    path.add(point);
                }
            }

            @Override
            public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
                add(p0);
                add(p1);
                add(p2);
                add(p3);
            }

            @Override
            public void moveTo(float x, float y) {
                add(new Point2D.Float(x, y));
            }

            @Override
            public void lineTo(float x, float y) {
                add(new Point2D.Float(x, y));
            }

            @Override
            public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
                add(new Point2D.Float(x3, y3));
            }

            @Override
            public Point2D getCurrentPoint() {
                return path == null ? new Point2D.Float() : new Point2D.Double(path.getMaxX(), path.getMaxY());
            }

            @Override
            public void closePath() {}

            @Override
            public void endPath() {
                path = null;
            }

            @Override
            public void strokePath() {
                record(getGraphicsState().getLineWidth());
            }

            @Override
            public void fillPath(int windingRule) {
                record(0);
            }

            @Override
            public void fillAndStrokePath(int windingRule) {
                record(getGraphicsState().getLineWidth());
            }

            private void record(float lineWidth) {
                if (path != null
                        && Math.min(path.getWidth(), path.getHeight()) + lineWidth < 2
                        && Math.max(path.getWidth(), path.getHeight()) > 2) {
                    rules.add(new Rule(
                            (float) path.getMinX(),
                            height - (float) path.getMaxY(),
                            (float) path.getMaxX(),
                            height - (float) path.getMinY()));
                }
                path = null;
            }

            @Override
            public void clip(int windingRule) {}

            @Override
            public void drawImage(PDImage pdImage) {}

            @Override
            public void shadingFill(COSName shadingName) {}
        };
        try {
            engine.processPage(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rules;
    }
}
