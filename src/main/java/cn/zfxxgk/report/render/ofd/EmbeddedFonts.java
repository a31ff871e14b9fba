package cn.zfxxgk.report.render.ofd;

import cn.zfxxgk.report.fonts.FontFace;
import cn.zfxxgk.report.fonts.FontSet;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of one OFD: each font the PDF draws with, mapped back to the TrueType face the engine resolved and
 * embedded in the PDF (by its PostScript name, the PDF's {@code BaseFont} without the subset tag), so the OFD can
 * embed a subset of the same face with the character map the PDF's subset leaves out.
 */
final class EmbeddedFonts {

    private final List<FontFace> faces;
    private final Map<COSBase, EmbeddedFont> byPdfFont = new HashMap<>();
    private final Map<FontFace, EmbeddedFont> byFace = new LinkedHashMap<>();

    /** The fonts of {@code fonts}, each face once, in the order the roles list them. */
    EmbeddedFonts(FontSet fonts) {
        Set<FontFace> distinct = new LinkedHashSet<>();
        fonts.registrations().forEach(registration -> distinct.add(registration.face()));
        this.faces = List.copyOf(distinct);
    }

    /** The OFD font for the PDF's {@code font} (on page {@code page}). */
    EmbeddedFont resolve(PDFont font, int page) throws IOException {
        EmbeddedFont known = byPdfFont.get(font.getCOSObject());
        if (known != null) {
            return known;
        }
        if (!(font instanceof PDType0Font type0) || !(type0.getDescendantFont() instanceof PDCIDFontType2)) {
            throw new IOException("page " + page + " of the PDF cannot be made into OFD: its font " + font.getName()
                    + " is not one of the TrueType fonts the engine embeds");
        }
        String name = postScriptName(font.getName());
        for (FontFace face : faces) {
            TrueTypeFont ttf = face.font(); // the faces the PDF used are parsed already; others only until found
            if (ttf != null && name.equals(postScriptName(ttf.getName()))) {
                EmbeddedFont embedded = byFace.get(face);
                if (embedded == null) {
                    embedded = new EmbeddedFont(face, ttf);
                    byFace.put(face, embedded);
                }
                byPdfFont.put(font.getCOSObject(), embedded);
                return embedded;
            }
        }
        throw new IOException("page " + page + " of the PDF cannot be made into OFD: its font " + name
                + " is none of the fonts the engine resolved");
    }

    /** Every font used, in order of first use, each subset to what was drawn with it. */
    List<EmbeddedFont> subset() throws IOException {
        List<EmbeddedFont> used = new ArrayList<>(byFace.values());
        for (EmbeddedFont font : used) {
            font.subset();
        }
        return used;
    }

    /** {@code ABCDEF+Name} → {@code Name}, spaces dropped as PDFBox drops them. */
    private static String postScriptName(String name) {
        if (name == null) {
            return "";
        }
        String plain = name.length() > 7
                        && name.charAt(6) == '+'
                        && name.substring(0, 6).chars().allMatch(c -> c >= 'A' && c <= 'Z')
                ? name.substring(7)
                : name;
        return plain.replace(" ", "");
    }
}
