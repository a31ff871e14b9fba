package cn.zfxxgk.report.ingest.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * The ruling lines of one page: stroked lines and thin filled rectangles (how Word, WPS and HTML renderers draw cell
 * borders), each rectangle's four edges when it is stroked. Whether the page draws images is noted, to tell a scan.
 */
final class PageContent extends PDFGraphicsStreamEngine {

    /** A filled rectangle thinner than this is a line. */
    private static final float THIN = 2.5f;

    private static final float MIN_LENGTH = 3f;

    private final float height;
    private final List<Rule> rules = new ArrayList<>();
    private final List<float[]> path = new ArrayList<>(); // segments x1, y1, x2, y2 in device space
    private final List<float[]> rectangles = new ArrayList<>();
    private Point2D.Float current = new Point2D.Float();
    private Point2D.Float start = new Point2D.Float();
    private boolean images;

    PageContent(PDPage page) {
        super(page);
        this.height = page.getCropBox().getUpperRightY();
    }

    /** The page's ruling lines. */
    static PageContent of(PDPage page) throws IOException {
        PageContent content = new PageContent(page);
        content.processPage(page);
        return content;
    }

    List<Rule> rules() {
        return rules;
    }

    boolean hasImages() {
        return images;
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        float minX = (float) Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX()));
        float maxX = (float) Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX()));
        float minY = (float) Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY()));
        float maxY = (float) Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()));
        rectangles.add(new float[] {minX, minY, maxX, maxY});
        current = new Point2D.Float((float) p0.getX(), (float) p0.getY());
    }

    @Override
    public void moveTo(float x, float y) {
        current = new Point2D.Float(x, y);
        start = current;
    }

    @Override
    public void lineTo(float x, float y) {
        path.add(new float[] {current.x, current.y, x, y});
        current = new Point2D.Float(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        current = new Point2D.Float(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
        path.add(new float[] {current.x, current.y, start.x, start.y});
        current = start;
    }

    @Override
    public void endPath() {
        path.clear();
        rectangles.clear();
    }

    @Override
    public void strokePath() {
        for (float[] s : path) {
            segment(s[0], s[1], s[2], s[3]);
        }
        for (float[] r : rectangles) {
            segment(r[0], r[1], r[2], r[1]);
            segment(r[0], r[3], r[2], r[3]);
            segment(r[0], r[1], r[0], r[3]);
            segment(r[2], r[1], r[2], r[3]);
        }
        endPath();
    }

    @Override
    public void fillPath(int windingRule) {
        // a border drawn as a filled thin polygon (m l l l h f): its bounding box is the line
        List<float[]> boxes = new ArrayList<>(rectangles);
        float[] box = null;
        for (float[] s : path) {
            if (box != null && (s[0] != box[4] || s[1] != box[5])) {
                boxes.add(box);
                box = null;
            }
            if (box == null) {
                box = new float[] {
                    Math.min(s[0], s[2]), Math.min(s[1], s[3]), Math.max(s[0], s[2]), Math.max(s[1], s[3]), s[2], s[3]
                };
            } else {
                box[0] = Math.min(box[0], Math.min(s[0], s[2]));
                box[1] = Math.min(box[1], Math.min(s[1], s[3]));
                box[2] = Math.max(box[2], Math.max(s[0], s[2]));
                box[3] = Math.max(box[3], Math.max(s[1], s[3]));
                box[4] = s[2];
                box[5] = s[3];
            }
        }
        if (box != null) {
            boxes.add(box);
        }
        for (float[] r : boxes) {
            float w = r[2] - r[0];
            float h = r[3] - r[1];
            if (h <= THIN && w >= MIN_LENGTH) {
                rules.add(new Rule(true, height - (r[1] + r[3]) / 2, r[0], r[2]));
            } else if (w <= THIN && h >= MIN_LENGTH) {
                rules.add(new Rule(false, (r[0] + r[2]) / 2, height - r[3], height - r[1]));
            }
        }
        endPath();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        strokePath();
    }

    @Override
    public void shadingFill(COSName shadingName) {}

    @Override
    public void drawImage(PDImage image) {
        images = true;
    }

    @Override
    public void clip(int windingRule) {}

    private void segment(float x1, float y1, float x2, float y2) {
        if (Math.abs(y1 - y2) <= 0.5f && Math.abs(x2 - x1) >= MIN_LENGTH) {
            rules.add(new Rule(true, height - y1, Math.min(x1, x2), Math.max(x1, x2)));
        } else if (Math.abs(x1 - x2) <= 0.5f && Math.abs(y2 - y1) >= MIN_LENGTH) {
            rules.add(new Rule(false, x1, height - Math.max(y1, y2), height - Math.min(y1, y2)));
        }
    }
}
