package cn.zfxxgk.report.render.ofd;

import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an OFD package (GB/T 33190-2016, a zip of XML parts) from pages of {@link Drawing}s: {@code OFD.xml} with the
 * document information, {@code Doc_0/Document.xml} with the page tree, the fonts in {@code PublicRes.xml}, images in
 * {@code DocumentRes.xml}, and each page's {@code Content.xml}; the font subsets and images under {@code Doc_0/Res}.
 * Every element is written in the order the standard's schemas fix; ids are numbered in writing order and the largest
 * is the document's {@code MaxUnitID}; the zip's entries are in a fixed order and dated with the document's date, so
 * the same input gives the same bytes.
 */
final class OfdPackage {

    private static final String DOC = "Doc_0/";
    private static final String RES = "Res";
    /** The earliest date a zip entry's DOS time can hold. */
    private static final LocalDateTime ZIP_EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);

    private final DocumentInfo info;
    private final List<OfdPage> pages;
    private final List<EmbeddedFont> fonts;
    private final Map<EmbeddedFont, Integer> fontIds = new IdentityHashMap<>();
    private final Map<ByteBuffer, Integer> imageIds = new LinkedHashMap<>();
    private long nextId = 1;

    private OfdPackage(DocumentInfo info, List<OfdPage> pages, List<EmbeddedFont> fonts) {
        this.info = info;
        this.pages = pages;
        this.fonts = fonts;
    }

    /** The OFD of {@code pages}, drawn with {@code fonts} (already subset), described by {@code info}. */
    static byte[] write(DocumentInfo info, List<OfdPage> pages, List<EmbeddedFont> fonts) throws IOException {
        return new OfdPackage(info, pages, fonts).bytes();
    }

    private byte[] bytes() throws IOException {
        for (EmbeddedFont font : fonts) {
            fontIds.put(font, (int) nextId++);
        }
        Map<String, byte[]> pageParts = new LinkedHashMap<>();
        List<Long> pageIds = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            pageIds.add(nextId++);
            pageParts.put("Pages/Page_" + i + "/Content.xml", page(pages.get(i)));
        }
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("OFD.xml", ofd());
        parts.put(DOC + "Document.xml", document(pageIds, new ArrayList<>(pageParts.keySet())));
        parts.put(DOC + "PublicRes.xml", publicRes());
        if (!imageIds.isEmpty()) {
            parts.put(DOC + "DocumentRes.xml", documentRes());
        }
        pageParts.forEach((name, part) -> parts.put(DOC + name, part));
        for (EmbeddedFont font : fonts) {
            parts.put(DOC + RES + "/" + fontFile(font), font.file());
        }
        imageIds.forEach((png, id) -> parts.put(DOC + RES + "/" + imageFile(id), png.array()));
        return zip(parts);
    }

    private byte[] ofd() {
        Xml xml = new Xml("OFD").attribute("Version", "1.0").attribute("DocType", "OFD");
        xml.start("DocBody").start("DocInfo");
        xml.element("DocID", info.id());
        optional(xml, "Title", info.title());
        optional(xml, "Author", info.author());
        optional(xml, "Subject", info.subject());
        if (info.date() != null) {
            xml.element("CreationDate", info.date().toString());
            xml.element("ModDate", info.date().toString());
        }
        optional(xml, "Creator", info.creator());
        xml.end();
        xml.element("DocRoot", DOC + "Document.xml");
        return xml.bytes();
    }

    private static void optional(Xml xml, String element, String text) {
        if (text != null) {
            String clean = text.codePoints()
                    .filter(Xml::allowed)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                    .toString();
            if (!clean.isBlank()) {
                xml.element(element, clean);
            }
        }
    }

    private byte[] document(List<Long> pageIds, List<String> pageLocations) {
        Xml xml = new Xml("Document");
        xml.start("CommonData");
        xml.element("MaxUnitID", Long.toString(nextId - 1));
        xml.start("PageArea")
                .element("PhysicalBox", physicalBox(pages.isEmpty() ? null : pages.get(0)))
                .end();
        xml.element("PublicRes", "PublicRes.xml");
        if (!imageIds.isEmpty()) {
            xml.element("DocumentRes", "DocumentRes.xml");
        }
        xml.end();
        xml.start("Pages");
        for (int i = 0; i < pageIds.size(); i++) {
            xml.start("Page")
                    .attribute("ID", pageIds.get(i))
                    .attribute("BaseLoc", pageLocations.get(i))
                    .end();
        }
        xml.end();
        return xml.bytes();
    }

    /** A page's size to the tenth of a millimetre (A4 is 210 × 297 mm; the PDF's is 595.275 × 841.875 pt). */
    private static String physicalBox(OfdPage page) {
        double width = page == null ? 210 : Math.round(page.width() * 10) / 10.0;
        double height = page == null ? 297 : Math.round(page.height() * 10) / 10.0;
        return "0 0 " + Xml.number(width) + " " + Xml.number(height);
    }

    private byte[] publicRes() {
        Xml xml = new Xml("Res").attribute("BaseLoc", RES);
        if (!fonts.isEmpty()) {
            xml.start("Fonts");
            for (EmbeddedFont font : fonts) {
                xml.start("Font")
                        .attribute("ID", fontIds.get(font))
                        .attribute("FontName", font.name())
                        .attribute("FamilyName", font.family());
                xml.element("FontFile", fontFile(font));
                xml.end();
            }
            xml.end();
        }
        return xml.bytes();
    }

    private byte[] documentRes() {
        Xml xml = new Xml("Res").attribute("BaseLoc", RES);
        xml.start("MultiMedias");
        imageIds.forEach((png, id) -> xml.start("MultiMedia")
                .attribute("ID", id)
                .attribute("Type", "Image")
                .attribute("Format", "PNG")
                .element("MediaFile", imageFile(id))
                .end());
        xml.end();
        return xml.bytes();
    }

    private String fontFile(EmbeddedFont font) {
        return "font_" + fontIds.get(font) + ".ttf";
    }

    private static String imageFile(int id) {
        return "image_" + id + ".png";
    }

    // --- pages

    private byte[] page(OfdPage page) throws IOException {
        Xml xml = new Xml("Page");
        if (!physicalBox(page).equals(physicalBox(pages.get(0)))) {
            xml.start("Area").element("PhysicalBox", physicalBox(page)).end();
        }
        xml.start("Content").start("Layer").attribute("ID", nextId++);
        for (Drawing drawing : page.drawings()) {
            if (drawing instanceof Drawing.Path path) {
                path(xml, path);
            } else if (drawing instanceof Drawing.Text text) {
                text(xml, text);
            } else if (drawing instanceof Drawing.Image image) {
                image(xml, image);
            }
        }
        return xml.bytes();
    }

    private void path(Xml xml, Drawing.Path path) {
        Rectangle2D bounds = path.shape().getBounds2D();
        // room for the line's width, its caps and joins (readers may clip an object to its boundary)
        double grow = path.stroke() == null ? 0 : path.line().width();
        Rectangle2D box = new Rectangle2D.Double(
                bounds.getX() - grow,
                bounds.getY() - grow,
                bounds.getWidth() + 2 * grow,
                bounds.getHeight() + 2 * grow);
        xml.start("PathObject").attribute("ID", nextId++).attribute("Boundary", box(box));
        if (path.stroke() != null) {
            Drawing.Line line = path.line();
            xml.attribute("LineWidth", line.width());
            if (line.cap() != 0) {
                xml.attribute("Cap", line.cap() == 1 ? "Round" : "Square");
            }
            if (line.join() != 0) {
                xml.attribute("Join", line.join() == 1 ? "Round" : "Bevel");
            } else {
                xml.attribute("MiterLimit", line.miterLimit());
            }
            if (line.dashes() != null) {
                StringBuilder dashes = new StringBuilder();
                for (double dash : line.dashes()) {
                    dashes.append(dashes.length() == 0 ? "" : " ").append(Xml.number(dash));
                }
                xml.attribute("DashPattern", dashes.toString());
                if (line.dashOffset() != 0) {
                    xml.attribute("DashOffset", line.dashOffset());
                }
            }
        } else {
            xml.attribute("Stroke", "false"); // the standard's default is a stroke
        }
        if (path.fill() != null) {
            xml.attribute("Fill", "true");
            if (path.evenOdd()) {
                xml.attribute("Rule", "Even-Odd");
            }
        }
        if (path.stroke() != null && !path.stroke().equals(Drawing.Paint.BLACK)) {
            color(xml, "StrokeColor", path.stroke());
        }
        if (path.fill() != null) {
            color(xml, "FillColor", path.fill()); // the standard's default fill is transparent
        }
        xml.element("AbbreviatedData", data(path.shape(), box.getX(), box.getY()));
        xml.end();
    }

    private void text(Xml xml, Drawing.Text text) throws IOException {
        EmbeddedFont font = text.font();
        List<Drawing.Glyph> glyphs = text.glyphs();
        double size = text.size();
        double[] m = text.matrix() == null ? new double[] {1, 0, 0, 1} : text.matrix();
        Drawing.Glyph first = glyphs.get(0);
        AffineTransform toPage = new AffineTransform(m[0], m[1], m[2], m[3], first.x(), first.y());
        AffineTransform toObject;
        try {
            toObject = toPage.createInverse();
        } catch (NoninvertibleTransformException e) {
            return; // a text flattened to nothing shows nothing
        }
        // where each glyph stands in the text's own space, and the page area its glyphs may cover
        double[] em = font.box();
        double[] positions = new double[glyphs.size() * 2];
        Rectangle2D covered = null;
        for (int i = 0; i < glyphs.size(); i++) {
            Drawing.Glyph glyph = glyphs.get(i);
            double[] at = {glyph.x(), glyph.y()};
            toObject.transform(at, 0, positions, 2 * i, 1);
            double x = positions[2 * i];
            double y = positions[2 * i + 1];
            double right = Math.max(font.advance(glyph.gid()), em[2]);
            Rectangle2D glyphBox = new Rectangle2D.Double(
                    x + em[0] * size, y - em[3] * size, (right - em[0]) * size, (em[3] - em[1]) * size);
            Rectangle2D onPage = toPage.createTransformedShape(glyphBox).getBounds2D();
            covered = covered == null ? onPage : covered.createUnion(onPage);
        }
        xml.start("TextObject")
                .attribute("ID", nextId++)
                .attribute("Boundary", box(covered))
                .attribute("Font", fontIds.get(font))
                .attribute("Size", size);
        AffineTransform ctm =
                new AffineTransform(m[0], m[1], m[2], m[3], first.x() - covered.getX(), first.y() - covered.getY());
        if (text.matrix() != null) {
            xml.attribute(
                    "CTM",
                    Xml.number(m[0]) + " " + Xml.number(m[1]) + " " + Xml.number(m[2]) + " "
                            + Xml.number(m[3]) + " " + Xml.number(ctm.getTranslateX()) + " "
                            + Xml.number(ctm.getTranslateY()));
        }
        if (text.fill() == null) {
            xml.attribute("Fill", "false");
        }
        if (text.stroke() != null) {
            xml.attribute("Stroke", "true").attribute("LineWidth", text.lineWidth());
        }
        if (text.clip() != null) {
            clip(
                    xml,
                    text.clip(),
                    text.matrix() == null
                            ? AffineTransform.getTranslateInstance(-covered.getX(), -covered.getY())
                            : inverse(ctm, covered));
        }
        if (text.fill() != null && !text.fill().equals(Drawing.Paint.BLACK)) {
            color(xml, "FillColor", text.fill());
        }
        if (text.stroke() != null && !text.stroke().equals(Drawing.Paint.BLACK)) {
            color(xml, "StrokeColor", text.stroke());
        }
        // one entry per character: the position of its glyph; characters after the first of a glyph share it
        StringBuilder characters = new StringBuilder();
        List<long[]> at = new ArrayList<>();
        int count = 0;
        for (int i = 0; i < glyphs.size(); i++) {
            Drawing.Glyph glyph = glyphs.get(i);
            int[] codePoints = glyph.text().codePoints().toArray();
            if (codePoints.length != 1 || !font.maps(codePoints[0], glyph.gid())) {
                xml.start("CGTransform")
                        .attribute("CodePosition", count)
                        .attribute("CodeCount", codePoints.length)
                        .attribute("GlyphCount", 1)
                        .element("Glyphs", Integer.toString(font.subsetGlyph(glyph.gid())))
                        .end();
            }
            for (int c : codePoints) {
                characters.appendCodePoint(c);
                at.add(new long[] {Math.round(positions[2 * i] * 1000), Math.round(positions[2 * i + 1] * 1000)});
                count++;
            }
        }
        // positions relative to the boundary: translate the first glyph's origin (0, 0 in the text's own space)
        double originX = text.matrix() == null ? first.x() - covered.getX() : 0;
        double originY = text.matrix() == null ? first.y() - covered.getY() : 0;
        xml.start("TextCode").attribute("X", originX).attribute("Y", originY);
        String deltaX = deltas(at, 0);
        if (deltaX != null) {
            xml.attribute("DeltaX", deltaX);
        }
        String deltaY = deltas(at, 1);
        if (deltaY != null) {
            xml.attribute("DeltaY", deltaY);
        }
        xml.text(characters.toString()).end();
        xml.end();
    }

    /** The page → object space transform of a text with {@code ctm} and boundary {@code box}. */
    private static AffineTransform inverse(AffineTransform ctm, Rectangle2D box) throws IOException {
        try {
            AffineTransform toObject = ctm.createInverse();
            toObject.translate(-box.getX(), -box.getY());
            return toObject;
        } catch (NoninvertibleTransformException e) {
            throw new IOException("a text's matrix cannot be inverted", e);
        }
    }

    /**
     * The differences between successive positions (in thousandths of a millimetre) along {@code axis}, runs of three
     * or more equal ones written as {@code g count value}; null when all are 0.
     */
    private static String deltas(List<long[]> positions, int axis) {
        List<Long> steps = new ArrayList<>();
        boolean moves = false;
        for (int i = 1; i < positions.size(); i++) {
            long step = positions.get(i)[axis] - positions.get(i - 1)[axis];
            steps.add(step);
            moves |= step != 0;
        }
        if (!moves) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < steps.size(); ) {
            int j = i;
            while (j < steps.size() && steps.get(j).equals(steps.get(i))) {
                j++;
            }
            String value = Xml.number(steps.get(i) / 1000.0);
            if (out.length() > 0) {
                out.append(' ');
            }
            if (j - i >= 3) {
                out.append("g ").append(j - i).append(' ').append(value);
            } else {
                out.append(value);
                for (int k = i + 1; k < j; k++) {
                    out.append(' ').append(value);
                }
            }
            i = j;
        }
        return out.toString();
    }

    private void image(Xml xml, Drawing.Image image) {
        double[] c = image.corners(); // top left, top right, bottom left
        double[] xs = {c[0], c[2], c[4], c[2] + c[4] - c[0]};
        double[] ys = {c[1], c[3], c[5], c[3] + c[5] - c[1]};
        double minX = Math.min(Math.min(xs[0], xs[1]), Math.min(xs[2], xs[3]));
        double maxX = Math.max(Math.max(xs[0], xs[1]), Math.max(xs[2], xs[3]));
        double minY = Math.min(Math.min(ys[0], ys[1]), Math.min(ys[2], ys[3]));
        double maxY = Math.max(Math.max(ys[0], ys[1]), Math.max(ys[2], ys[3]));
        ByteBuffer key = ByteBuffer.wrap(image.png());
        Integer resource = imageIds.get(key);
        if (resource == null) {
            resource = (int) nextId++;
            imageIds.put(key, resource);
        }
        xml.start("ImageObject")
                .attribute("ID", nextId++)
                .attribute("Boundary", box(new Rectangle2D.Double(minX, minY, maxX - minX, maxY - minY)))
                .attribute(
                        "CTM",
                        Xml.number(c[2] - c[0]) + " " + Xml.number(c[3] - c[1]) + " "
                                + Xml.number(c[4] - c[0]) + " " + Xml.number(c[5] - c[1]) + " "
                                + Xml.number(c[0] - minX) + " "
                                + Xml.number(c[1] - minY))
                .attribute("ResourceID", resource);
        if (image.alpha() < 255) {
            xml.attribute("Alpha", image.alpha());
        }
        xml.end();
    }

    /** A clip of the shape {@code area} (page coordinates), moved into the object's space by {@code toObject}. */
    private static void clip(Xml xml, Shape area, AffineTransform toObject) {
        Shape shape = toObject.createTransformedShape(area);
        Rectangle2D bounds = shape.getBounds2D();
        xml.start("Clips").start("Clip").start("Area");
        xml.start("Path")
                .attribute("Boundary", box(bounds))
                .attribute("Stroke", "false")
                .attribute("Fill", "true");
        xml.element("AbbreviatedData", data(shape, bounds.getX(), bounds.getY()));
        xml.end().end().end().end();
    }

    private static void color(Xml xml, String element, Drawing.Paint paint) {
        int rgb = paint.rgb();
        xml.start(element).attribute("Value", ((rgb >> 16) & 0xFF) + " " + ((rgb >> 8) & 0xFF) + " " + (rgb & 0xFF));
        if (paint.alpha() < 255) {
            xml.attribute("Alpha", paint.alpha());
        }
        xml.end();
    }

    private static String box(Rectangle2D box) {
        return Xml.number(box.getX()) + " " + Xml.number(box.getY()) + " " + Xml.number(box.getWidth()) + " "
                + Xml.number(box.getHeight());
    }

    /** {@code shape} as OFD path data ({@code M L Q B C}), relative to ({@code x}, {@code y}). */
    private static String data(Shape shape, double x, double y) {
        StringBuilder data = new StringBuilder();
        double[] p = new double[6];
        for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(p);
            if (data.length() > 0) {
                data.append(' ');
            }
            switch (type) {
                case PathIterator.SEG_MOVETO -> point(data.append("M "), p, 0, x, y);
                case PathIterator.SEG_LINETO -> point(data.append("L "), p, 0, x, y);
                case PathIterator.SEG_QUADTO ->
                    point(point(data.append("Q "), p, 0, x, y).append(' '), p, 2, x, y);
                case PathIterator.SEG_CUBICTO ->
                    point(
                            point(point(data.append("B "), p, 0, x, y).append(' '), p, 2, x, y)
                                    .append(' '),
                            p,
                            4,
                            x,
                            y);
                default -> data.append('C');
            }
        }
        return data.toString();
    }

    private static StringBuilder point(StringBuilder data, double[] p, int i, double x, double y) {
        return data.append(Xml.number(p[i] - x)).append(' ').append(Xml.number(p[i + 1] - y));
    }

    /** The parts as a zip, in the given order, every entry dated with the document's date. */
    private byte[] zip(Map<String, byte[]> parts) throws IOException {
        LocalDate date = info.date();
        LocalDateTime time = date == null || date.atStartOfDay().isBefore(ZIP_EPOCH) ? ZIP_EPOCH : date.atStartOfDay();
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                ZipEntry entry = new ZipEntry(part.getKey());
                entry.setTimeLocal(time); // a DOS time only: no time zone, no extra field
                zip.putNextEntry(entry);
                zip.write(part.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
