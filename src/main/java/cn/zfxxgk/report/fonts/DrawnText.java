package cn.zfxxgk.report.fonts;

import java.util.List;

/**
 * A piece of text as the typesetter will draw it, with the font families the template's CSS gives it there, in order
 * of preference (as the typesetter resolved the cascade): what {@link FontCoverage} checks, so the fonts checked are
 * the fonts that draw, wherever an editor moves a text's style.
 *
 * @param text the text of one text node of the page
 * @param families the {@code font-family} list in force for it, without quotes
 */
public record DrawnText(String text, List<String> families) {

    public DrawnText {
        families = List.copyOf(families);
    }
}
