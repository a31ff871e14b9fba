package cn.zfxxgk.report.fonts;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * One TrueType face, parsed once per run and shared by every document of the run; its character map is looked up once,
 * when first needed.
 */
public final class FontFace {

    private final String name;
    private final String source;
    private final TrueTypeFont font;
    private CmapLookup cmap;

    /**
     * A face of {@code font}.
     *
     * @param name the face's family name as the font gives it, e.g. {@code AR PL SungtiL GB}
     * @param source where it came from: a file, or {@code built-in} for the fallback
     * @param font the parsed font; {@code null} for a face known by name only (CFF faces, never used)
     */
    public FontFace(String name, String source, TrueTypeFont font) {
        this.name = name;
        this.source = source;
        this.font = font;
    }

    public String name() {
        return name;
    }

    public String source() {
        return source;
    }

    public TrueTypeFont font() {
        return font;
    }

    /** Whether the face has a glyph for code point {@code c}. */
    public synchronized boolean has(int c) {
        try {
            if (cmap == null && font != null) {
                cmap = font.getUnicodeCmapLookup(false);
            }
            return cmap != null && cmap.getGlyphId(c) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
