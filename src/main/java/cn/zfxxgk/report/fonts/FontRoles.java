package cn.zfxxgk.report.fonts;

import cn.zfxxgk.report.model.Position;
import cn.zfxxgk.report.problem.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The font families each {@link FontRole} asks for, in order of preference, read from {@code fonts.properties} in the
 * template directory (an editor changes it like any template). The built-in {@value #BUILT_IN} always comes last.
 */
public final class FontRoles {

    /** The family name under which the built-in fallback font is known. */
    public static final String BUILT_IN = "Noto Sans SC";

    /** The file in the template directory. */
    public static final String FILE = "fonts.properties";

    /** Family names are put into CSS: no quotes, brackets or separators that could break out of the declaration. */
    private static final Pattern SAFE_FAMILY = Pattern.compile("[^\"'\\\\;{}<>&,\\p{Cntrl}]+");

    private final Map<FontRole, List<String>> families;

    private FontRoles(Map<FontRole, List<String>> families) {
        this.families = families;
    }

    /** The families of {@code role} as configured, without the built-in fallback. */
    public List<String> families(FontRole role) {
        return families.get(role);
    }

    /**
     * The CSS {@code font-family} value of {@code role}: every configured family (a reader's browser may have it), then
     * the built-in fallback, then a generic family for browsers.
     */
    public String css(FontRole role) {
        List<String> quoted = new ArrayList<>();
        families(role).forEach(f -> quoted.add("\"" + f + "\""));
        quoted.add("\"" + BUILT_IN + "\"");
        quoted.add(role == FontRole.HEADING ? "sans-serif" : "serif");
        return String.join(", ", quoted);
    }

    /**
     * Parses {@code text} (lines {@code role = family, family, …}; {@code #} starts a comment); problems are reported
     * against {@code file}. Every role must be given.
     */
    public static FontRoles parse(String text, String file, List<Problem> problems) {
        Map<FontRole, List<String>> families = new EnumMap<>(FontRole.class);
        String[] lines = text.split("\r\n|\r|\n");
        List<String> keys = Arrays.stream(FontRole.values()).map(FontRole::key).toList();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Position at = new Position(i + 1, 1);
            int equals = line.indexOf('=');
            FontRole role = equals < 0 ? null : role(line.substring(0, equals).strip());
            if (role == null) {
                problems.add(Problem.error(file, at, FontMessages.notARoleLine(line, keys)));
                continue;
            }
            List<String> list = new ArrayList<>();
            for (String family : line.substring(equals + 1).split(",")) {
                String name = family.strip();
                if (name.isEmpty()) {
                    continue;
                }
                if (!SAFE_FAMILY.matcher(name).matches()) {
                    problems.add(Problem.error(file, at, FontMessages.unsafeFamily(name)));
                    continue;
                }
                list.add(name);
            }
            families.put(role, List.copyOf(list));
        }
        for (FontRole role : FontRole.values()) {
            if (!families.containsKey(role)) {
                problems.add(Problem.error(file, Position.NONE, FontMessages.roleMissing(role.key())));
                families.put(role, List.of());
            }
        }
        return new FontRoles(families);
    }

    private static FontRole role(String key) {
        for (FontRole role : FontRole.values()) {
            if (role.key().equals(key)) {
                return role;
            }
        }
        return null;
    }
}
