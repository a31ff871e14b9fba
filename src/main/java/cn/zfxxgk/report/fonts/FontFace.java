package cn.zfxxgk.report.fonts;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.GlyphTable;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * One TrueType face, known by its names from the start and parsed when first used, then shared by every document of
 * the run; its character map is looked up once, when first needed.
 */
public final class FontFace implements Closeable {

    /** Parses the face's font. */
    @FunctionalInterface
    public interface Parser {
        TrueTypeFont parse() throws IOException;
    }

    private final String name;
    private final String source;
    private final Parser parser;
    private TrueTypeFont font;
    private IOException failure;
    private CmapLookup cmap;
    private final Map<Integer, Boolean> outlines = new HashMap<>();
    private OptionalInt damage;

    /**
     * Characters every Chinese report uses: a face that maps them but draws nothing for them is damaged (a corrupted
     * {@code glyf} table, {@code loca} offsets out of range) and would make the text invisible.
     */
    private static final String PROBE = "的一是在不了有和人中大为上国年以发工作信息公开政府办理申请报告情况数量本行政" + "0123456789";

    /**
     * A face parsed by {@code parser} when first used.
     *
     * @param name the face's family name as the font gives it, e.g. {@code AR PL SungtiL GB}
     * @param source where it came from: a file, or {@code built-in} for the fallback
     * @param parser parses the font; {@code null} for a face known by name only (CFF faces, never used)
     */
    public FontFace(String name, String source, Parser parser) {
        this.name = name;
        this.source = source;
        this.parser = parser;
    }

    public String name() {
        return name;
    }

    public String source() {
        return source;
    }

    /**
     * The parsed font ({@code null} for a face known by name only); parsed now if it was not yet. A face that cannot be
     * parsed fails the same way every time it is asked for.
     */
    public synchronized TrueTypeFont font() throws IOException {
        if (failure != null) {
            throw failure;
        }
        if (font == null && parser != null) {
            try {
                font = parser.parse();
            } catch (IOException | RuntimeException e) { // FontBox throws runtime exceptions on some damaged fonts
                failure = e instanceof IOException io ? io : new IOException(e.getMessage(), e);
                throw failure;
            }
        }
        return font;
    }

    /** Whether the face has a glyph for code point {@code c}. */
    public synchronized boolean has(int c) {
        try {
            if (cmap == null && font() != null) {
                cmap = font.getUnicodeCmapLookup(false);
            }
            return cmap != null && cmap.getGlyphId(c) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether the face draws something for {@code c} (which it maps): a glyph with an outline. Spaces need none, so
     * ask only for characters that print.
     */
    public synchronized boolean hasOutline(int c) {
        return outlines.computeIfAbsent(c, this::drawsSomething);
    }

    private boolean drawsSomething(int c) {
        try {
            GlyphTable glyphs = font().getGlyph();
            int id = cmap.getGlyphId(c);
            GlyphData glyph = glyphs == null || id <= 0 ? null : glyphs.getGlyph(id);
            if (glyph == null) {
                return false;
            }
            return glyph.getDescription().isComposite()
                    ? glyph.getDescription().getPointCount() > 0
                    : glyph.getNumberOfContours() > 0 && glyph.getDescription().getPointCount() > 0;
        } catch (IOException | RuntimeException e) { // FontBox's reading of a damaged table
            return false;
        }
    }

    /**
     * The first character every report uses that the face maps to a glyph without an outline, or empty when it draws
     * them all (checked once): such a face is damaged and draws nothing where the report has text.
     */
    public synchronized OptionalInt damage() {
        if (damage == null) {
            damage = OptionalInt.empty();
            for (int i = 0; i < PROBE.length(); i++) {
                char c = PROBE.charAt(i);
                if (has(c) && !hasOutline(c)) {
                    damage = OptionalInt.of(c);
                    break;
                }
            }
        }
        return damage;
    }

    @Override
    public synchronized void close() throws IOException {
        if (font != null) {
            font.close();
        }
    }
}
