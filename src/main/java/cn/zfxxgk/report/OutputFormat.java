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
    OFD,
    /**
     * The 图解 alone, as an SVG file {@code NAME.graphic.svg}: an A4 page of the year's figures, the same graphic the
     * template may place in the HTML and the PDF. Written only when asked for.
     */
    GRAPHIC;

    /** The name a user writes for the format ({@code -d graphic}), e.g. {@code html}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The file extension, e.g. {@code html}; {@code graphic.svg} for the 图解. */
    public String extension() {
        return this == GRAPHIC ? "graphic.svg" : key();
    }

    /** What is written when no format is named: HTML, PDF and DOCX (OFD only on request). */
    public static Set<OutputFormat> defaults() {
        return EnumSet.of(HTML, PDF, DOCX);
    }
}
