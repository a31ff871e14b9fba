package cn.zfxxgk.report.render.pdf;

import com.openhtmltopdf.render.BlockBox;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.InlineLayoutBox;
import com.openhtmltopdf.render.InlineText;
import com.openhtmltopdf.render.LineBox;
import java.util.ArrayList;
import java.util.List;

/**
 * Justifies Chinese text between characters (CSS {@code text-justify: inter-character}), run on the laid-out pages
 * before they are painted. Every line of a {@code text-align: justify} paragraph except its last is widened (or, by a
 * fraction of a point, narrowed) until its last glyph ends exactly at the right edge of the text, the difference
 * shared equally by the gaps between its characters — what GB/T 9704 calls 撑满版心.
 *
 * <p>openhtmltopdf does not do this itself: its {@code LineBox.justify()} does nothing when the text has a
 * {@code letter-spacing} (which the template needs to fit 28 characters of 16 pt into 156 mm), and otherwise gives
 * characters that are not spaces only a fifth of the room. Here the room goes into each text run's letter spacing,
 * which the PDF output draws glyph by glyph, and the runs after it move right accordingly.
 */
final class InterCharacterJustification {

    private InterCharacterJustification() {}

    /** Justifies every justified paragraph under {@code root}. */
    static void apply(Box root) {
        if (root instanceof BlockBox block && block.getChildrenContentType() == BlockBox.ContentType.INLINE) {
            if (block.getStyle().isTextJustify()) {
                justify(block);
            }
            return;
        }
        for (Box child : root.getChildren()) {
            apply(child);
        }
    }

    private static void justify(BlockBox paragraph) {
        List<LineBox> lines = new ArrayList<>();
        for (Box child : paragraph.getChildren()) {
            if (child instanceof LineBox line && line.isContainsContent()) {
                lines.add(line);
            }
        }
        for (int i = 0; i < lines.size() - 1; i++) {
            LineBox line = lines.get(i);
            if (!line.isEndsOnNL() && line.getJustificationInfo() == null) {
                justify(line, paragraph.getContentWidth() - line.getContentStart());
            }
        }
    }

    /** Spreads the difference between {@code available} and the line's glyphs over the gaps between its characters. */
    private static void justify(LineBox line, int available) {
        List<InlineText> texts = new ArrayList<>();
        collect(line, texts);
        int characters = 0;
        float advances = 0;
        float lastSpacing = 0;
        for (InlineText text : texts) {
            int n = text.getSubstring().codePointCount(0, text.getSubstring().length());
            characters += n;
            advances += text.getWidth() - n * text.getLetterSpacing();
            if (n > 0) {
                lastSpacing = text.getLetterSpacing();
            }
        }
        if (characters < 2) {
            return;
        }
        float glyphs = line.getContentWidth() - lastSpacing;
        float perGap = (available - glyphs) / (characters - 1);
        if (perGap == 0) {
            return;
        }
        float added = 0;
        for (Box child : line.getChildren()) {
            child.setX(child.getX() + Math.round(added));
            if (child instanceof InlineLayoutBox inline) {
                added += spread(inline, perGap);
            }
        }
        line.setContentWidth(Math.round(line.getContentWidth() + added));
        line.calcChildLocations();
    }

    /** Adds {@code perGap} to the letter spacing of every text run in {@code box}; returns the width added. */
    private static float spread(InlineLayoutBox box, float perGap) {
        float added = 0;
        for (Object child : box.getInlineChildren()) {
            if (child instanceof InlineText text) {
                text.setX(text.getX() + Math.round(added));
                int n = text.getSubstring()
                        .codePointCount(0, text.getSubstring().length());
                if (n > 0) {
                    text.setLetterSpacing(text.getLetterSpacing() + perGap);
                    text.setWidth(Math.round(text.getWidth() + n * perGap));
                    added += n * perGap;
                }
            } else if (child instanceof InlineLayoutBox inline) {
                inline.setX(inline.getX() + Math.round(added));
                added += spread(inline, perGap);
            } else if (child instanceof Box other) {
                other.setX(other.getX() + Math.round(added));
            }
        }
        box.setInlineWidth(Math.round(box.getInlineWidth() + added));
        return added;
    }

    private static void collect(Box box, List<InlineText> texts) {
        for (Box child : box.getChildren()) {
            if (child instanceof InlineLayoutBox inline) {
                collect(inline, texts);
            }
        }
    }

    private static void collect(InlineLayoutBox box, List<InlineText> texts) {
        for (Object child : box.getInlineChildren()) {
            if (child instanceof InlineText text) {
                texts.add(text);
            } else if (child instanceof InlineLayoutBox inline) {
                collect(inline, texts);
            }
        }
    }
}
