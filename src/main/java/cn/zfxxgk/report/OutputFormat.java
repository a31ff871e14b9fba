package cn.zfxxgk.report;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The documents the engine writes, by file extension. */
public enum OutputFormat {
    HTML,
    PDF,
    DOCX,
    /**
     * OFD (GB/T 33190-2016), the fixed-layout format that archives and e-government platforms ask for: the PDF
     * converted page by page. Written only when asked for, since most users need the PDF and DOCX only.
     */
    OFD;

    /** The file extension, e.g. {@code html}. */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** What is written when no format is named: HTML, PDF and DOCX (OFD only on request). */
    public static Set<OutputFormat> defaults() {
        return EnumSet.of(HTML, PDF, DOCX);
    }
}
