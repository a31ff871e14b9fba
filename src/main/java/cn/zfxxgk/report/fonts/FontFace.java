package cn.zfxxgk.report.fonts;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * One TrueType face, parsed once per run and shared by every document of the run.
 *
 * @param name the face's family name as the font gives it, e.g. {@code AR PL SungtiL GB}
 * @param source where it came from: a file, or {@code built-in} for the fallback
 * @param font the parsed font; {@code null} for a face known by name only (CFF faces, never used)
 */
public record FontFace(String name, String source, TrueTypeFont font, CmapLookup[] cmap) {

    /** A face of {@code font}; its character map is looked up once, when first needed. */
    public FontFace(String name, String source, TrueTypeFont font) {
        this(name, source, font, new CmapLookup[1]);
    }

    /** Whether the face has a glyph for code point {@code c}. */
    public boolean has(int c) {
        try {
            synchronized (cmap) {
                if (cmap[0] == null && font != null) {
                    cmap[0] = font.getUnicodeCmapLookup(false);
                }
            }
            return cmap[0] != null && cmap[0].getGlyphId(c) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
