package cn.zfxxgk.report.form;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Matching what an author types for a row against the official labels. {@code 1.属于国家秘密}, {@code 属于国家秘密},
 * {@code （一）予以公开}, {@code (一)予以公开} and {@code 危及三安全一稳定} all name the row they obviously name.
 */
public final class Labels {

    private static final Pattern NUMBERING =
            Pattern.compile("^(?:[一二三四五六七八九十]+、|\\([一二三四五六七八九十]+\\)|\\d+[.、]|第[一二三四五六七八九十]+[、.]?)");
    private static final Pattern IGNORED = Pattern.compile("[\\s\"'“”‘’〝〞「」]");

    private Labels() {}

    /** The comparison key of a label: width-folded (NFKC), without quotes, spaces or a leading number. */
    public static String key(String label) {
        String folded = Normalizer.normalize(label, Normalizer.Form.NFKC);
        folded = IGNORED.matcher(folded).replaceAll("");
        return NUMBERING.matcher(folded).replaceFirst("");
    }

    /** Whether {@code typed} names the row or group whose short name is {@code name} and official label is {@code label}. */
    public static boolean matches(String typed, String name, String label) {
        String key = key(typed);
        return key.equals(key(name)) || key.equals(key(label));
    }
}
