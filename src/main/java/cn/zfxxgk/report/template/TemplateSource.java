package cn.zfxxgk.report.template;

import cn.zfxxgk.report.model.Position;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A template's text as the editor wrote it, for pointing at a slip in it.
 *
 * @param displayName the template as messages name it ({@code templates/report.ftlh})
 * @param text the template's source
 */
record TemplateSource(String displayName, String text) {

    /** Where {@code pattern} first matches the template, as a line and column. */
    Optional<Position> find(Pattern pattern) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(positionOf(m.start())) : Optional.empty();
    }

    /** The line and column of character {@code index}. */
    Position positionOf(int index) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Position(line, index - lineStart + 1);
    }
}
