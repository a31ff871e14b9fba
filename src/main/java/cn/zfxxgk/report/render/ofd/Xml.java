package cn.zfxxgk.report.render.ofd;

import cn.zfxxgk.report.markup.XmlText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes one XML part of an OFD package: elements in the OFD namespace (prefix {@code ofd}), attributes and text
 * escaped, numbers in OFD's millimetres with at most three decimals and never in a locale's format, so the same
 * content always gives the same bytes.
 */
final class Xml {

    static final String NAMESPACE = "http://www.ofdspec.org/2016";

    private final StringBuilder out = new StringBuilder(8192);
    private final Deque<String> open = new ArrayDeque<>();
    private boolean inStartTag;

    /** A part whose root element is {@code root}. */
    Xml(String root) {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        start(root);
        attribute("xmlns:ofd", NAMESPACE);
    }

    Xml start(String name) {
        closeStartTag();
        out.append("<ofd:").append(name);
        open.push(name);
        inStartTag = true;
        return this;
    }

    Xml attribute(String name, String value) {
        out.append(' ').append(name).append("=\"");
        out.append(XmlText.attribute(value));
        out.append('"');
        return this;
    }

    Xml attribute(String name, double value) {
        out.append(' ').append(name).append("=\"").append(number(value)).append('"');
        return this;
    }

    Xml attribute(String name, long value) {
        out.append(' ').append(name).append("=\"").append(value).append('"');
        return this;
    }

    Xml text(String value) {
        closeStartTag();
        out.append(XmlText.escape(value));
        return this;
    }

    Xml end() {
        String name = open.pop();
        if (inStartTag) {
            out.append("/>");
            inStartTag = false;
        } else {
            out.append("</ofd:").append(name).append('>');
        }
        return this;
    }

    /** {@code <ofd:name>text</ofd:name>}. */
    Xml element(String name, String text) {
        return start(name).text(text).end();
    }

    /** The part, every element closed, as UTF-8. */
    byte[] bytes() {
        while (!open.isEmpty()) {
            end();
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void closeStartTag() {
        if (inStartTag) {
            out.append('>');
            inStartTag = false;
        }
    }

    /** {@code value} rounded to three decimals, without trailing zeros: {@code 12.5}, {@code -0.125}, {@code 3}. */
    static String number(double value) {
        long thousandths = Math.round(value * 1000);
        StringBuilder text = new StringBuilder(12);
        if (thousandths < 0) {
            text.append('-');
            thousandths = -thousandths;
        }
        text.append(thousandths / 1000);
        int fraction = (int) (thousandths % 1000);
        if (fraction != 0) {
            text.append('.');
            int digits = 3;
            while (fraction % 10 == 0) {
                fraction /= 10;
                digits--;
            }
            String f = Integer.toString(fraction);
            text.append("0".repeat(digits - f.length())).append(f);
        }
        return text.toString();
    }

    /** Whether {@code c} may appear in XML 1.0 text. */
    static boolean allowed(int c) {
        return c == 0x9
                || c == 0xA
                || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
