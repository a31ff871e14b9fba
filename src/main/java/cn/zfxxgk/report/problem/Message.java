package cn.zfxxgk.report.problem;

import java.util.Objects;

/**
 * One message of the catalogue in both languages, with a stable {@code code} that names its kind
 * ({@code cell-negative}, {@code rule-row-total} …) for tools that read {@code check --style json}. The texts follow
 * one pattern, {@code what is wrong; what was expected} and {@code 问题；应为…}, with the official Chinese labels in
 * both.
 *
 * @param code the kind of message, the same whatever its arguments
 * @param en the English text
 * @param zh the Chinese text
 */
public record Message(String code, String en, String zh) {

    public Message {
        Objects.requireNonNull(code);
        Objects.requireNonNull(en);
        Objects.requireNonNull(zh);
    }

    /** The text in {@code language}. */
    public String in(Language language) {
        return language == Language.ZH ? zh : en;
    }

    /** A message in both languages. */
    public static Message of(String code, String en, String zh) {
        return new Message(code, en, zh);
    }
}
