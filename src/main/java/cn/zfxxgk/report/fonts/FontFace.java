package cn.zfxxgk.report.fonts;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.CmapLookup;
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

    @Override
    public synchronized void close() throws IOException {
        if (font != null) {
            font.close();
        }
    }
}
