package cn.zfxxgk.report.graphic;

/**
 * How wide a line of text is, estimated without a font: a Chinese character or a full-width sign is one em, a digit, a
 * Latin letter or a half-width sign about 0.55 em, a space 0.3 em. Good enough to keep a number inside its box: a text
 * estimated too wide is set smaller ({@link #fit}).
 */
final class TextWidth {

    private TextWidth() {}

    /** The estimated width of {@code text} in em. */
    static double ems(String text) {
        double ems = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == ' ') {
                ems += 0.3;
            } else if (c < 0x2E80 && c != '—') {
                ems += 0.55;
            } else {
                ems += 1;
            }
        }
        return ems;
    }

    /**
     * {@code text} as one line when it fits {@code room} at {@code least} (or larger, up to {@code size}); else its
     * lines at {@code least}, each broken before the character that would overflow, never inside a number or a Latin
     * word.
     */
    static java.util.List<String> lines(String text, double least, double room, double size) {
        if (ems(text) * least <= room) {
            return java.util.List.of(text);
        }
        java.util.List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int end = i + Character.charCount(text.codePointAt(i));
            if (isWordCharacter(text.codePointAt(i))) { // a number or a word stays whole
                while (end < text.length() && isWordCharacter(text.codePointAt(end))) {
                    end += Character.charCount(text.codePointAt(end));
                }
            }
            String piece = text.substring(i, end);
            if (line.length() > 0 && ems(line + piece) * least > room) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(piece);
            i = end;
        }
        lines.add(line.toString());
        return java.util.List.copyOf(lines);
    }

    private static boolean isWordCharacter(int c) {
        return c < 0x80 && Character.isLetterOrDigit(c) || c == '.';
    }

    /** {@code size}, or the smaller size at which {@code text} is {@code room} wide. */
    static double fit(String text, double size, double room) {
        double width = ems(text) * size;
        return width <= room ? size : Math.floor(size * room / width * 100) / 100;
    }
}
