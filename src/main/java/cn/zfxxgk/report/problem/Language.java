package cn.zfxxgk.report.problem;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The languages the engine speaks to people: Chinese for the clerks and editors who write and keep the reports, English
 * for everyone else. Chosen with {@code --lang}, else from the locale ({@code LANG=zh_CN.UTF-8} means Chinese).
 */
public enum Language {
    /** English. */
    EN,
    /** Simplified Chinese. */
    ZH;

    /** {@code en}, {@code zh} (also {@code zh-CN}, {@code zh_CN.UTF-8}, {@code EN}); empty for anything else. */
    public static Optional<Language> parse(String name) {
        String lower = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        if (lower.equals("en") || lower.startsWith("en_") || lower.startsWith("en-") || lower.startsWith("en.")) {
            return Optional.of(EN);
        }
        if (lower.equals("zh") || lower.startsWith("zh_") || lower.startsWith("zh-") || lower.startsWith("zh.")) {
            return Optional.of(ZH);
        }
        return Optional.empty();
    }

    /**
     * The language the environment asks for, as the C library reads it ({@code LC_ALL}, then {@code LC_MESSAGES}, then
     * {@code LANG}), else the JVM's locale (Windows, macOS): Chinese when that is Chinese, else English.
     */
    public static Language of(Map<String, String> environment, Locale locale) {
        for (String variable : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String value = environment.get(variable);
            if (value != null && !value.isBlank()) {
                return parse(value).orElse(EN); // C, POSIX, de_DE …: English
            }
        }
        return locale.getLanguage().equals("zh") ? ZH : EN;
    }

    /** The language of this process's environment. */
    public static Language ofEnvironment() {
        return of(System.getenv(), Locale.getDefault());
    }
}
