package cn.zfxxgk.report.render.pdf;

import cn.zfxxgk.report.fonts.DrawnText;
import com.openhtmltopdf.css.style.CalculatedStyle;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.InlineLayoutBox;
import com.openhtmltopdf.render.InlineText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The text of a laid-out page with the font families openhtmltopdf resolved for it from the template's CSS: what will
 * be drawn in which fonts, read from the layout rather than from what the template is expected to say.
 */
final class DrawnTexts {

    private DrawnTexts() {
    }

    /** Each text node under {@code root} once, with its families; the same text in the same families once. */
    static List<DrawnText> of(Box root) {
        Set<DrawnText> texts = new LinkedHashSet<>();
        collect(root, texts);
        return new ArrayList<>(texts);
    }

    private static void collect(Box box, Set<DrawnText> texts) {
        if (box instanceof InlineLayoutBox inline) {
            for (Object child : inline.getInlineChildren()) {
                if (child instanceof InlineText text) {
                    texts.add(new DrawnText(text.getMasterText(), families(inline.getStyle())));
                } else if (child instanceof Box nested) {
                    collect(nested, texts);
                }
            }
        }
        for (Box child : box.getChildren()) {
            collect(child, texts);
        }
    }

    private static List<String> families(CalculatedStyle style) {
        return Arrays.asList(style.getFontSpecification().families);
    }
}
