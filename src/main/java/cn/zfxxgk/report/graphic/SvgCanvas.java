package cn.zfxxgk.report.graphic;

import cn.zfxxgk.report.markup.XmlText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The SVG elements of the graphic, in millimetres: rectangles and single lines of text only, so that every reader of
 * the SVG — a browser, the PDF renderer, a test — draws or reads exactly what was written. Text is placed by the centre
 * of its line ({@code dominant-baseline="central"}) and escaped.
 */
final class SvgCanvas {

    /** How a line of text is placed horizontally on its x. */
    enum Anchor {
        START("start"),
        MIDDLE("middle"),
        END("end");

        private final String svg;

        Anchor(String svg) {
            this.svg = svg;
        }
    }

    private final StringBuilder svg = new StringBuilder();

    /** A filled rectangle. */
    void rect(double x, double y, double width, double height, String fill) {
        if (width <= 0 || height <= 0) {
            return;
        }
        svg.append("<rect x=\"")
                .append(mm(x))
                .append("\" y=\"")
                .append(mm(y))
                .append("\" width=\"")
                .append(mm(width))
                .append("\" height=\"")
                .append(mm(height))
                .append("\" fill=\"")
                .append(fill)
                .append("\"/>\n");
    }

    /**
     * One line of {@code text} centred vertically on {@code y}, at {@code size} mm, set smaller when it would be wider
     * than {@code room} mm; {@code data} are more attributes ({@code data-role="figure"} …), written as given.
     */
    void text(double x, double y, double size, double room, Anchor anchor, String fill, String text, String data) {
        double fitted = TextWidth.fit(text, size, room);
        svg.append("<text x=\"")
                .append(mm(x))
                .append("\" y=\"")
                .append(mm(y))
                .append("\" font-size=\"")
                .append(mm(fitted))
                .append("\" fill=\"")
                .append(fill)
                .append("\" text-anchor=\"")
                .append(anchor.svg)
                .append("\" dominant-baseline=\"central\"")
                .append(data.isEmpty() ? "" : " " + data)
                .append('>')
                .append(XmlText.escape(text))
                .append("</text>\n");
    }

    /**
     * {@code text} as one line at {@code size} mm, or smaller down to {@code least} mm, when that fits {@code room} mm;
     * else broken into lines of {@code least} mm that do (never inside a number or a Latin word). Each line is a
     * {@code <text>} with the same {@code data}, the first centred on {@code y}, the next below it.
     */
    void lines(
            double x,
            double y,
            double size,
            double least,
            double room,
            Anchor anchor,
            String fill,
            String text,
            String data) {
        List<String> lines = TextWidth.lines(text, least, room, size);
        double lineSize = lines.size() == 1 ? Math.max(least, TextWidth.fit(text, size, room)) : least;
        for (int i = 0; i < lines.size(); i++) {
            text(x, y + i * lineSize * 1.2, lineSize, room, anchor, fill, lines.get(i), data);
        }
    }

    /** The height {@link #lines} takes below the centre of its first line. */
    static double linesBelow(String text, double size, double least, double room) {
        List<String> lines = TextWidth.lines(text, least, room, size);
        return lines.size() == 1 ? 0 : (lines.size() - 1) * least * 1.2;
    }

    /** The elements drawn so far. */
    String elements() {
        return svg.toString();
    }

    /** A length to two decimals, without trailing zeros: {@code 12.5}, {@code 3}. */
    static String mm(double value) {
        return BigDecimal.valueOf(value)
                .setScale(2, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }
}
