package cn.zfxxgk.report.render.html;

import cn.zfxxgk.report.model.Report;
import cn.zfxxgk.report.template.ReportView;
import cn.zfxxgk.report.template.TemplateFailure;
import cn.zfxxgk.report.template.Templates;
import java.nio.charset.StandardCharsets;

/** Renders a report as a standalone UTF-8 XHTML document from the template {@value #TEMPLATE}. */
public final class HtmlRenderer {

    /** The template that produces the HTML (and, with print CSS, the PDF). */
    public static final String TEMPLATE = "report.ftlh";

    private final Templates templates;

    public HtmlRenderer(Templates templates) {
        this.templates = templates;
    }

    /** The document's bytes. */
    public byte[] render(Report report) throws TemplateFailure {
        return templates.render(TEMPLATE, ReportView.of(report)).getBytes(StandardCharsets.UTF_8);
    }
}
