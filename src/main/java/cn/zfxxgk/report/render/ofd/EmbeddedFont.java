package cn.zfxxgk.report.render.ofd;

import cn.zfxxgk.report.fonts.FontFace;
import java.awt.geom.GeneralPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.HeaderTable;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.util.BoundingBox;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * One face of the engine's fonts as the OFD embeds it: the glyphs the PDF drew with it and the characters they stand
 * for, and, once every page is read, a TrueType subset of exactly those (made with FontBox's {@link TTFSubsetter},
 * with a Unicode character map, so OFD readers find each character's glyph).
 */
final class EmbeddedFont {

    private final FontFace face;
    private final TrueTypeFont ttf;
    private final int unitsPerEm;
    private final int glyphCount;
    private final CmapLookup cmap;
    private final double[] box;
    private final Set<Integer> checked = new HashSet<>();
    private final Map<Integer, double[]> inks = new HashMap<>();
    private final SortedSet<Integer> glyphs = new TreeSet<>();
    private final SortedSet<Integer> characters = new TreeSet<>();
    private String name;
    private byte[] file;
    private final Map<Integer, Integer> subsetGlyphs = new HashMap<>();

    EmbeddedFont(FontFace face, TrueTypeFont ttf) throws IOException {
        this.face = face;
        this.ttf = ttf;
        this.unitsPerEm = ttf.getUnitsPerEm();
        this.glyphCount = ttf.getNumberOfGlyphs();
        this.cmap = ttf.getUnicodeCmapLookup(false);
        HeaderTable head = ttf.getHeader();
        this.box = new double[] {
            (double) head.getXMin() / unitsPerEm,
            (double) head.getYMin() / unitsPerEm,
            (double) head.getXMax() / unitsPerEm,
            (double) head.getYMax() / unitsPerEm
        };
    }

    /**
     * The glyph the PDF's {@code code} draws: its CID, which for the engine's PDFs is the glyph's index in the face
     * (PDFBox keeps the face's glyph ids as CIDs when it subsets). Checked against the PDF's own width of the glyph,
     * so a face that is not the one the PDF embedded is never used by mistake.
     */
    int glyph(PDFont font, int code, int page) throws IOException {
        int gid = ((PDType0Font) font).codeToCID(code);
        if (checked.add(gid)) {
            float pdfWidth = font.getWidth(code);
            float ownWidth = gid < glyphCount ? ttf.getAdvanceWidth(gid) * 1000f / unitsPerEm : Float.NaN;
            if (!(Math.abs(pdfWidth - ownWidth) <= 1)) {
                throw new IOException("page " + page + " of the PDF cannot be made into OFD: glyph " + gid + " of "
                        + font.getName() + " is not that of " + face.name() + " (" + face.source() + ")");
            }
        }
        glyphs.add(gid);
        return gid;
    }

    /** Records that {@code text} is written with this font, so the subset maps its characters. */
    void addText(String text) {
        text.codePoints().forEach(characters::add);
    }

    /** Whether the face's character map gives {@code gid} for {@code codePoint} (else the OFD names the glyph). */
    boolean maps(int codePoint, int gid) {
        return cmap != null && cmap.getGlyphId(codePoint) == gid;
    }

    int unitsPerEm() {
        return unitsPerEm;
    }

    /** The face's bounding box in ems: {@code xMin yMin xMax yMax}, y upwards. */
    double[] box() {
        return box.clone();
    }

    /** The advance of {@code gid} in ems. */
    double advance(int gid) throws IOException {
        return (double) ttf.getAdvanceWidth(gid) / unitsPerEm;
    }

    /**
     * Where {@code gid} puts ink, in ems ({@code xMin yMin xMax yMax}, y upwards), or null for a glyph without any (a
     * space).
     */
    double[] ink(int gid) throws IOException {
        double[] known = inks.get(gid);
        if (known == null && !inks.containsKey(gid)) {
            GlyphData glyph = ttf.getGlyph().getGlyph(gid);
            if (glyph != null && glyph.getNumberOfContours() != 0) {
                BoundingBox box = glyph.getBoundingBox();
                known = new double[] {
                    box.getLowerLeftX() / unitsPerEm,
                    box.getLowerLeftY() / unitsPerEm,
                    box.getUpperRightX() / unitsPerEm,
                    box.getUpperRightY() / unitsPerEm
                };
            }
            inks.put(gid, known);
        }
        return known;
    }

    /** The outline of {@code gid} in font units, y upwards. */
    GeneralPath outline(int gid) throws IOException {
        GlyphData glyph = ttf.getGlyph().getGlyph(gid);
        return glyph == null ? new GeneralPath() : glyph.getPath();
    }

    /** Makes the subset of every glyph and character recorded. */
    void subset() throws IOException {
        String tag = tag();
        TTFSubsetter subsetter = new TTFSubsetter(ttf);
        subsetter.addAll(characters);
        subsetter.addGlyphIds(glyphs);
        subsetter.setPrefix(tag + "+");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        subsetter.writeToStream(out);
        file = out.toByteArray();
        subsetter.getGIDMap().forEach((newGid, oldGid) -> subsetGlyphs.put(oldGid, newGid));
        name = tag + "+" + ttf.getName();
    }

    /** The subset's index of the face's glyph {@code gid}. */
    int subsetGlyph(int gid) {
        return subsetGlyphs.get(gid);
    }

    /** The subset's name: its PostScript name with a tag that differs for every set of glyphs. */
    String name() {
        return name;
    }

    /** The family name, as the engine's font roles name the face. */
    String family() {
        return face.name();
    }

    /** The subset, a TrueType font file. */
    byte[] file() {
        return file;
    }

    /** Six capital letters derived from the glyphs the subset holds, as PDF tags its subsets. */
    private String tag() throws IOException {
        long hash = 0xcbf29ce484222325L;
        for (int gid : glyphs) {
            hash = (hash ^ gid) * 0x100000001b3L;
        }
        for (int c : characters) {
            hash = (hash ^ c) * 0x100000001b3L;
        }
        for (char c : ttf.getName().toCharArray()) {
            hash = (hash ^ c) * 0x100000001b3L;
        }
        StringBuilder tag = new StringBuilder(6);
        for (int i = 0; i < 6; i++) {
            tag.append((char) ('A' + Math.floorMod(hash, 26)));
            hash = Math.floorDiv(hash, 26);
        }
        return tag.toString();
    }
}
