package cn.zfxxgk.report.render.html;

import java.nio.charset.StandardCharsets;

/**
 * HTML output: the report's XHTML (made once per report from {@code templates/report.ftlh}, shared with the PDF) as a
 * standalone UTF-8 file. Screen CSS in the template lays it out as a page; print CSS gives A4 pages.
 */
public final class HtmlRenderer {

    /** The bytes of the HTML file. */
    public byte[] render(String xhtml) {
        return xhtml.getBytes(StandardCharsets.UTF_8);
    }
}
