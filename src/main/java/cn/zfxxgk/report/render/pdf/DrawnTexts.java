package cn.zfxxgk.report.render.pdf;

import cn.zfxxgk.report.fonts.DrawnText;
import com.openhtmltopdf.css.constants.CSSName;
import com.openhtmltopdf.css.constants.MarginBoxName;
import com.openhtmltopdf.css.newmatch.CascadedStyle;
import com.openhtmltopdf.css.newmatch.PageInfo;
import com.openhtmltopdf.css.parser.PropertyValue;
import com.openhtmltopdf.css.sheet.PropertyDeclaration;
import com.openhtmltopdf.css.style.CalculatedStyle;
import com.openhtmltopdf.render.BlockBox;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.InlineLayoutBox;
import com.openhtmltopdf.render.InlineText;
import com.openhtmltopdf.render.PageBox;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The text of a laid-out page with the font families openhtmltopdf resolved for it from the template's CSS: what will
 * be drawn in which fonts, read from the layout rather than from what the template is expected to say.
 */
final class DrawnTexts {

    private DrawnTexts() {}

    /**
     * Each text node under {@code root} once, with its families, then the text of each page's margin boxes (the page
     * numbers) as their {@code content} gives it, a counter standing for every digit; the same text in the same
     * families once.
     */
    static List<DrawnText> of(BlockBox root) {
        Set<DrawnText> texts = new LinkedHashSet<>();
        collect(root, texts);
        for (PageBox page : root.getLayer().getPages()) {
            PageInfo info = page.getPageInfo();
            for (Map.Entry<MarginBoxName, List<PropertyDeclaration>> box :
                    info.getMarginBoxes().entrySet()) {
                String text = content(box.getValue());
                CascadedStyle cascaded = info.createMarginBoxStyle(box.getKey(), false);
                if (!text.isBlank() && cascaded != null) {
                    texts.add(new DrawnText(text, families(page.getStyle().deriveStyle(cascaded))));
                }
            }
        }
        return new ArrayList<>(texts);
    }

    /** What a margin box's {@code content} declarations print: their strings, and the digits for a counter. */
    private static String content(List<PropertyDeclaration> declarations) {
        StringBuilder text = new StringBuilder();
        for (PropertyDeclaration declaration : declarations) {
            if (declaration.getCSSName() == CSSName.CONTENT && declaration.getValue() instanceof PropertyValue value) {
                List<PropertyValue> parts = value.getPropertyValueType() == PropertyValue.VALUE_TYPE_LIST
                        ? value.getValues()
                        : List.of(value);
                for (PropertyValue part : parts) {
                    if (part.getPropertyValueType() == PropertyValue.VALUE_TYPE_STRING) {
                        text.append(part.getStringValue());
                    } else if (part.getPropertyValueType() == PropertyValue.VALUE_TYPE_FUNCTION
                            && part.getFunction().getName().startsWith("counter")) {
                        text.append("0123456789");
                    }
                }
            }
        }
        return text.toString();
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
        return Arrays.asList(style.asStringArray(CSSName.FONT_FAMILY));
    }
}
