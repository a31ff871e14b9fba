package cn.zfxxgk.report.ingest;

import java.util.regex.Pattern;

/**
 * Text as a reader sees it in print: runs of ordinary white space (spaces, tabs, line ends of the markup) are one
 * space, each no-break or ideographic space stays a space (a published {@code 1、&nbsp;工作概述} keeps its space), the
 * ends are trimmed, and invisible characters — zero-width spaces and byte-order marks that web editors leave behind —
 * are removed (they cannot be printed and the YAML reader refuses them).
 */
public final class Texts {

    private static final Pattern INVISIBLE =
            Pattern.compile("[\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2069\\uFEFF\\u00AD]");
    private static final Pattern CONTROL =
            Pattern.compile("[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]");
    private static final Pattern WHITE = Pattern.compile("[ \\t\\r\\n\\f]+");

    private Texts() {}

    /** {@code raw} tidied as described above. */
    public static String clean(String raw) {
        String text = INVISIBLE.matcher(raw).replaceAll("");
        text = CONTROL.matcher(text).replaceAll("");
        text = WHITE.matcher(text).replaceAll(" ");
        text = text.replace('\u00A0', ' ').replace('\u3000', ' ');
        return text.strip();
    }

    /** How many invisible characters {@link #clean} removes from {@code raw}. */
    public static int invisible(String raw) {
        return (int) INVISIBLE.matcher(raw).results().count();
    }

    /** {@code text} without any white space, for comparing labels and titles. */
    public static String compact(String text) {
        return text.replaceAll("[\\s\\u00A0\\u3000]+", "");
    }
}
