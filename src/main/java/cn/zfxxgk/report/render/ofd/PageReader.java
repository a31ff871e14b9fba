package cn.zfxxgk.report.render.ofd;

import cn.zfxxgk.report.render.ofd.Drawing.Paint;
import java.awt.BasicStroke;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.GeneralPath;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javax.imageio.ImageIO;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.graphics.PDLineDashPattern;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Reads one PDF page's content stream and turns what it paints into {@link Drawing}s: every fill and stroke a path,
 * every glyph part of a text, every image an image. Positions come from PDFBox's graphics and text state, so kerning
 * in {@code TJ} arrays, character and word spacing, horizontal scaling and text matrices all arrive as each glyph's
 * own position, whatever the typesetter did. A path the clipping area cuts is replaced by what shows of it; text keeps
 * its clip, so its characters stay searchable.
 */
final class PageReader extends PDFGraphicsStreamEngine {

    /** Millimetres per PDF point. */
    static final double MM = 25.4 / 72;

    private static final double SAME = 1e-4;

    private final EmbeddedFonts fonts;
    private final int number;
    private final AffineTransform toPage;
    private final double width;
    private final double height;
    private final List<Drawing> drawings = new ArrayList<>();
    private final GeneralPath path = new GeneralPath();
    private int pendingClip = -1;
    private TextRun run;

    /** A reader of {@code page} (page {@code number}, from 1), resolving its fonts with {@code fonts}. */
    PageReader(PDPage page, int number, EmbeddedFonts fonts) {
        super(page);
        this.fonts = fonts;
        this.number = number;
        PDRectangle box = page.getCropBox();
        this.width = box.getWidth() * MM;
        this.height = box.getHeight() * MM;
        this.toPage = new AffineTransform(MM, 0, 0, -MM, -box.getLowerLeftX() * MM, box.getUpperRightY() * MM);
    }

    /** The page as drawings, in painting order. */
    OfdPage read() throws IOException {
        if (getPage().getRotation() % 360 != 0) {
            throw failure("it is rotated, which the OFD converter does not turn");
        }
        processPage(getPage());
        flushText();
        return new OfdPage(width, height, List.copyOf(drawings));
    }

    // --- paths

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        path.moveTo(p0.getX(), p0.getY());
        path.lineTo(p1.getX(), p1.getY());
        path.lineTo(p2.getX(), p2.getY());
        path.lineTo(p3.getX(), p3.getY());
        path.closePath();
    }

    @Override
    public void moveTo(float x, float y) {
        path.moveTo(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        path.lineTo(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        path.curveTo(x1, y1, x2, y2, x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return path.getCurrentPoint();
    }

    @Override
    public void closePath() {
        path.closePath();
    }

    @Override
    public void clip(int windingRule) {
        pendingClip = windingRule; // takes effect after the path is painted (or ended), as in PDF
    }

    @Override
    public void endPath() {
        finishPath();
    }

    @Override
    public void strokePath() throws IOException {
        paint(false, Path2D.WIND_NON_ZERO, true);
    }

    @Override
    public void fillPath(int windingRule) throws IOException {
        paint(true, windingRule, false);
    }

    @Override
    public void fillAndStrokePath(int windingRule) throws IOException {
        paint(true, windingRule, true);
    }

    @Override
    public void shadingFill(COSName shadingName) throws IOException {
        throw failure("it paints a shading (" + shadingName.getName() + "), which the OFD converter does not draw");
    }

    private void finishPath() {
        if (pendingClip != -1) {
            path.setWindingRule(pendingClip);
            getGraphicsState().intersectClippingPath(path);
            pendingClip = -1;
        }
        path.reset();
    }

    private void paint(boolean fill, int windingRule, boolean stroke) throws IOException {
        flushText();
        PDGraphicsState state = getGraphicsState();
        Path2D.Double shape = new Path2D.Double(path, null);
        shape.setWindingRule(windingRule);
        Paint fillPaint = fill ? paint(state.getNonStrokingColor(), state.getNonStrokeAlphaConstant()) : null;
        Paint strokePaint = stroke ? paint(state.getStrokingColor(), state.getAlphaConstant()) : null;
        BasicStroke outline = stroke ? stroke(state) : null;
        Rectangle2D bounds = stroke ? outline.createStrokedShape(shape).getBounds2D() : shape.getBounds2D();
        Area clip = state.getCurrentClippingPath();
        if (clip.contains(bounds)) {
            Drawing.Line line = stroke ? line(state, outline) : null;
            add(new Drawing.Path(
                    toPage.createTransformedShape(shape),
                    fillPaint,
                    windingRule == Path2D.WIND_EVEN_ODD,
                    strokePaint,
                    line));
        } else if (clip.intersects(bounds)) {
            // what shows of the path, as areas: exact whatever the reader does with clips
            if (fill) {
                Area shown = new Area(shape);
                shown.intersect(clip);
                addArea(shown, fillPaint);
            }
            if (stroke) {
                Area shown = new Area(outline.createStrokedShape(shape));
                shown.intersect(clip);
                addArea(shown, strokePaint);
            }
        }
        finishPath();
    }

    private void addArea(Area area, Paint paint) {
        if (!area.isEmpty()) {
            Path2D.Double shape = new Path2D.Double(area, toPage);
            add(new Drawing.Path(shape, paint, shape.getWindingRule() == Path2D.WIND_EVEN_ODD, null, null));
        }
    }

    private void add(Drawing.Path drawing) {
        Rectangle2D bounds = drawing.shape().getBounds2D();
        if (drawing.stroke() != null || bounds.getWidth() > 0 && bounds.getHeight() > 0) {
            drawings.add(drawing);
        }
    }

    /** The stroke of the current state in the page's PDF space (the CTM's scale applied to widths and dashes). */
    private BasicStroke stroke(PDGraphicsState state) {
        float scale = scale(state.getCurrentTransformationMatrix());
        float width = Math.max(state.getLineWidth() * scale, 0.01f); // 0 is "the thinnest line the device can draw"
        PDLineDashPattern pattern = state.getLineDashPattern();
        float[] dashes = pattern.getDashArray();
        float[] scaled = null;
        if (dashes.length > 0) {
            scaled = new float[dashes.length];
            boolean visible = false;
            for (int i = 0; i < dashes.length; i++) {
                scaled[i] = dashes[i] * scale;
                visible |= scaled[i] > 0;
            }
            if (!visible) {
                scaled = null;
            }
        }
        return new BasicStroke(
                width,
                state.getLineCap(),
                state.getLineJoin(),
                Math.max(1, state.getMiterLimit()),
                scaled,
                scaled == null ? 0 : pattern.getPhase() * scale);
    }

    private static Drawing.Line line(PDGraphicsState state, BasicStroke stroke) {
        double[] dashes = null;
        if (stroke.getDashArray() != null) {
            float[] array = stroke.getDashArray();
            dashes = new double[array.length];
            for (int i = 0; i < array.length; i++) {
                dashes[i] = array[i] * MM;
            }
        }
        return new Drawing.Line(
                stroke.getLineWidth() * MM,
                state.getLineCap(),
                state.getLineJoin(),
                stroke.getMiterLimit(),
                dashes,
                stroke.getDashPhase() * MM);
    }

    /** How much the matrix scales lengths (as PDFBox's own renderer measures it). */
    private static float scale(Matrix ctm) {
        float x = ctm.getScaleX() + ctm.getShearX();
        float y = ctm.getScaleY() + ctm.getShearY();
        return (float) Math.sqrt((x * x + y * y) * 0.5);
    }

    private Paint paint(PDColor color, double alpha) throws IOException {
        int rgb;
        try {
            rgb = color.toRGB();
        } catch (IOException | UnsupportedOperationException e) {
            throw failure("it paints with a pattern, which the OFD converter does not draw");
        }
        return new Paint(rgb & 0xFFFFFF, (int) Math.round(Math.max(0, Math.min(1, alpha)) * 255));
    }

    // --- images

    @Override
    public void drawImage(PDImage image) throws IOException {
        flushText();
        Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
        AffineTransform place = new AffineTransform(toPage);
        place.concatenate(ctm.createAffineTransform());
        double[] corners = {0, 1, 1, 1, 0, 0}; // the PDF's unit square: image top left, top right, bottom left
        place.transform(corners, 0, corners, 0, 3);
        BufferedImage pixels = image.getImage();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        if (!ImageIO.write(pixels, "png", png)) {
            throw failure("one of its images cannot be written as PNG");
        }
        drawings.add(new Drawing.Image(
                png.toByteArray(),
                corners,
                paint(
                                getGraphicsState().getNonStrokingColor(),
                                getGraphicsState().getNonStrokeAlphaConstant())
                        .alpha()));
    }

    // --- text

    @Override
    protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
            throws IOException {
        if (font instanceof PDType3Font) {
            throw failure("it draws with a Type 3 font (" + font.getName() + "), which the OFD converter does not "
                    + "embed");
        }
        EmbeddedFont embedded = fonts.resolve(font, number);
        int gid = embedded.glyph(font, code, number);
        PDGraphicsState state = getGraphicsState();
        RenderingMode mode = state.getTextState().getRenderingMode();
        Paint fill = mode.isFill() ? paint(state.getNonStrokingColor(), state.getNonStrokeAlphaConstant()) : null;
        Paint stroke = mode.isStroke() ? paint(state.getStrokingColor(), state.getAlphaConstant()) : null;
        String text = text(font.toUnicode(code));
        if (text == null) {
            drawOutline(textRenderingMatrix, embedded, gid, fill);
            return;
        }
        embedded.addText(text);

        double a = textRenderingMatrix.getScaleX();
        double b = textRenderingMatrix.getShearY();
        double c = textRenderingMatrix.getShearX();
        double d = textRenderingMatrix.getScaleY();
        double sizePt = Math.hypot(c, d); // the em's height: the size, whatever the horizontal scaling
        if (sizePt == 0 || a * d - b * c == 0) {
            return; // a glyph flattened to nothing shows nothing
        }
        double[] matrix = {a / sizePt, -b / sizePt, -c / sizePt, d / sizePt}; // y turned downwards
        if (Math.abs(matrix[0] - 1) < SAME
                && Math.abs(matrix[1]) < SAME
                && Math.abs(matrix[2]) < SAME
                && Math.abs(matrix[3] - 1) < SAME) {
            matrix = null;
        }
        Point2D origin = toPage.transform(
                new Point2D.Double(textRenderingMatrix.getTranslateX(), textRenderingMatrix.getTranslateY()), null);
        double size = sizePt * MM;
        Area clip = state.getCurrentClippingPath();
        double[] ink = embedded.ink(gid);
        Area glyphClip = ink == null
                        || clip.contains(textRenderingMatrix
                                .createAffineTransform()
                                .createTransformedShape(
                                        new Rectangle2D.Double(ink[0], ink[1], ink[2] - ink[0], ink[3] - ink[1]))
                                .getBounds2D())
                ? null
                : clip;
        double lineWidth =
                stroke == null ? 0 : state.getLineWidth() * scale(state.getCurrentTransformationMatrix()) * MM;
        Drawing.Glyph glyph = new Drawing.Glyph(origin.getX(), origin.getY(), gid, text);
        if (run == null || !run.accepts(embedded, size, matrix, fill, stroke, lineWidth, glyphClip, glyph)) {
            flushText();
            run = new TextRun(embedded, size, matrix, fill, stroke, lineWidth, glyphClip);
        }
        run.glyphs.add(glyph);
    }

    /** A glyph that stands for no character, drawn as its outline so that it still shows. */
    private void drawOutline(Matrix textRenderingMatrix, EmbeddedFont font, int gid, Paint fill) throws IOException {
        if (fill == null) {
            return;
        }
        flushText();
        AffineTransform transform = textRenderingMatrix.createAffineTransform();
        transform.scale(1.0 / font.unitsPerEm(), 1.0 / font.unitsPerEm());
        Path2D.Double outline = new Path2D.Double(font.outline(gid), transform);
        Area clip = getGraphicsState().getCurrentClippingPath();
        if (clip.contains(outline.getBounds2D())) {
            add(new Drawing.Path(toPage.createTransformedShape(outline), fill, false, null, null));
        } else {
            Area shown = new Area(outline);
            shown.intersect(clip);
            addArea(shown, fill);
        }
    }

    /** {@code unicode} when it can be written as XML text, else null. */
    private static String text(String unicode) {
        if (unicode == null || unicode.isEmpty()) {
            return null;
        }
        for (int i = 0; i < unicode.length(); ) {
            int c = unicode.codePointAt(i);
            if (!Xml.allowed(c) || Character.isSurrogate((char) c)) {
                return null;
            }
            i += Character.charCount(c);
        }
        return unicode;
    }

    private void flushText() {
        if (run != null) {
            drawings.add(new Drawing.Text(
                    run.font,
                    run.size,
                    run.matrix,
                    run.fill,
                    run.stroke,
                    run.lineWidth,
                    List.copyOf(run.glyphs),
                    run.clip == null ? null : new Path2D.Double(run.clip, toPage)));
            run = null;
        }
    }

    private IOException failure(String what) {
        return new IOException("page " + number + " of the PDF cannot be made into OFD: " + what);
    }

    /** Glyphs gathered into one text while they share font, size, matrix, colours, clip and (upright) baseline. */
    private static final class TextRun {
        final EmbeddedFont font;
        final double size;
        final double[] matrix;
        final Paint fill;
        final Paint stroke;
        final double lineWidth;
        final Area clip;
        final List<Drawing.Glyph> glyphs = new ArrayList<>();

        TextRun(
                EmbeddedFont font,
                double size,
                double[] matrix,
                Paint fill,
                Paint stroke,
                double lineWidth,
                Area clip) {
            this.font = font;
            this.size = size;
            this.matrix = matrix;
            this.fill = fill;
            this.stroke = stroke;
            this.lineWidth = lineWidth;
            this.clip = clip;
        }

        boolean accepts(
                EmbeddedFont font,
                double size,
                double[] matrix,
                Paint fill,
                Paint stroke,
                double lineWidth,
                Area clip,
                Drawing.Glyph glyph) {
            return this.font == font
                    && Math.abs(this.size - size) < SAME
                    && Arrays.equals(this.matrix, matrix)
                    && Objects.equals(this.fill, fill)
                    && Objects.equals(this.stroke, stroke)
                    && Math.abs(this.lineWidth - lineWidth) < SAME
                    && this.clip == clip
                    && (matrix != null || Math.abs(glyphs.get(0).y() - glyph.y()) < SAME);
        }
    }
}
