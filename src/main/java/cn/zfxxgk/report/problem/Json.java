package cn.zfxxgk.report.problem;

import java.util.List;
import java.util.Map;

/** The little JSON the engine writes (problems for other tools, the editor schema): strings quoted and escaped. */
public final class Json {

    private Json() {}

    /** {@code text} as a JSON string literal; non-ASCII text is kept as it is (JSON is UTF-8). */
    public static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /**
     * {@code value} (maps, lists, strings, numbers, booleans and null, nested) as indented JSON, keys in map order.
     */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, "", out);
        return out.append('\n').toString();
    }

    private static void write(Object value, String indent, StringBuilder out) {
        if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append("{\n");
            int i = 0;
            for (var entry : map.entrySet()) {
                out.append(indent)
                        .append("  ")
                        .append(quote(String.valueOf(entry.getKey())))
                        .append(": ");
                write(entry.getValue(), indent + "  ", out);
                out.append(++i < map.size() ? ",\n" : "\n");
            }
            out.append(indent).append('}');
        } else if (value instanceof List<?> list) {
            boolean simple = list.stream().noneMatch(v -> v instanceof Map || v instanceof List);
            if (simple) {
                out.append('[');
                for (int i = 0; i < list.size(); i++) {
                    out.append(i == 0 ? "" : ", ");
                    write(list.get(i), indent, out);
                }
                out.append(']');
                return;
            }
            out.append("[\n");
            for (int i = 0; i < list.size(); i++) {
                out.append(indent).append("  ");
                write(list.get(i), indent + "  ", out);
                out.append(i + 1 < list.size() ? ",\n" : "\n");
            }
            out.append(indent).append(']');
        } else if (value instanceof String text) {
            out.append(quote(text));
        } else {
            out.append(value); // numbers, booleans, null
        }
    }

    /**
     * {@code problems} as a JSON array of objects with {@code file}, {@code line}, {@code column} (0 when the problem
     * concerns the whole file), {@code severity} ({@code error}, {@code warning} or {@code info}), {@code code} (the kind of
     * problem, the same in every language) and {@code message} in {@code language}.
     */
    public static String problems(List<Problem> problems, Language language) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < problems.size(); i++) {
            Problem p = problems.get(i);
            out.append(i == 0 ? "\n  " : ",\n  ")
                    .append("{\"file\": ")
                    .append(quote(p.file()))
                    .append(", \"line\": ")
                    .append(p.at().line())
                    .append(", \"column\": ")
                    .append(p.at().column())
                    .append(", \"severity\": ")
                    .append(quote(p.severity().name().toLowerCase(java.util.Locale.ROOT)))
                    .append(", \"code\": ")
                    .append(quote(p.code()))
                    .append(", \"message\": ")
                    .append(quote(p.message(language)))
                    .append('}');
        }
        return out.append(problems.isEmpty() ? "]" : "\n]").toString();
    }
}
