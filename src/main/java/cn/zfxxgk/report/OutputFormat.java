package cn.zfxxgk.report;

import java.util.Locale;

/** The documents the engine writes, by file extension. */
public enum OutputFormat {
    HTML,
    PDF,
    DOCX;

    /** The file extension, e.g. {@code html}. */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }
}
