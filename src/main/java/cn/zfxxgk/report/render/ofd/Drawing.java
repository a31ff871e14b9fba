package cn.zfxxgk.report.render.ofd;

import java.awt.Shape;
import java.util.List;

/**
 * One thing drawn on an OFD page, in the page's coordinates: millimetres from the top left, y downwards. A page is
 * a list of them in painting order, as the PDF's content stream painted them.
 */
sealed interface Drawing {

    /** An sRGB colour ({@code 0xRRGGBB}) with its opacity (0 transparent … 255 opaque). */
    record Paint(int rgb, int alpha) {

        static final Paint BLACK = new Paint(0, 255);
    }

    /** How a path's outline is drawn: width, dashes and dash offset in millimetres; caps and joins as in PDF. */
    record Line(double width, int cap, int join, double miterLimit, double[] dashes, double dashOffset) {}

    /** A shape filled and/or stroked; {@code fill} or {@code stroke} is null when that is not done. */
    record Path(Shape shape, Paint fill, boolean evenOdd, Paint stroke, Line line) implements Drawing {}

    /**
     * A glyph of a text: its origin on the page, its glyph in the font the engine resolved (the PDF's CID) and the
     * characters it stands for ({@code null} for a glyph without text, which is drawn as a path instead).
     */
    record Glyph(double x, double y, int gid, String text) {}

    /**
     * Glyphs of one font, size and colour on one line. {@code size} is the em in millimetres; {@code matrix} the
     * {@code a b c d} that turns upright glyphs into these (null for upright text); {@code clip} the area outside
     * of which nothing shows, or null.
     */
    record Text(
            EmbeddedFont font,
            double size,
            double[] matrix,
            Paint fill,
            Paint stroke,
            double lineWidth,
            List<Glyph> glyphs,
            Shape clip)
            implements Drawing {}

    /**
     * An image as PNG, placed by where its top left, top right and bottom left corners fall on the page
     * ({@code x0 y0 x1 y1 x2 y2}).
     */
    record Image(byte[] png, double[] corners, int alpha) implements Drawing {}
}
