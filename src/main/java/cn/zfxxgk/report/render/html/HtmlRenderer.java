package cn.zfxxgk.report.render.html;

import cn.zfxxgk.report.fonts.FontRole;
import cn.zfxxgk.report.graphic.Graphic;
import cn.zfxxgk.report.graphic.GraphicSvg;
import cn.zfxxgk.report.problem.Problem;
import cn.zfxxgk.report.render.Rendered;
import cn.zfxxgk.report.render.Renderer;
import cn.zfxxgk.report.render.RunFonts;
import cn.zfxxgk.report.render.Subject;
import cn.zfxxgk.report.template.Templates;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * HTML output: {@value #TEMPLATE} evaluated with the report's view into standalone, well-formed UTF-8 XHTML. Screen CSS
 * in the template lays it out as a page; print CSS gives A4 pages. The same markup is what the PDF typesets, so the
 * engine makes it once per report for both ({@link cn.zfxxgk.report.render.Renderer#sharedPerReport}). The template
 * is given the 图解 as SVG ({@code report.graphic}) to place where it likes, or nowhere.
 */
public final class HtmlRenderer implements Renderer {

    /** The template the page is made from. */
    public static final String TEMPLATE = "report.ftlh";

    private final Templates templates;
    private final RunFonts fonts;

    /** Pages from {@code templates}, naming the font families {@code fonts} gives each role. */
    public HtmlRenderer(Templates templates, RunFonts fonts) {
        this.templates = templates;
        this.fonts = fonts;
    }

    @Override
    public Rendered render(Subject subject) {
        List<Problem> notices = new ArrayList<>(); // the template's column widths scaled to 100 %
        return Rendered.attempt(subject, () -> {
                    Map<String, String> css = fonts.css();
                    // drawn (and last year's report read) only when the template shows the 图解
                    Supplier<String> graphic = () -> GraphicSvg.inline(
                            Graphic.of(subject.report(), subject.lastYear()), css.get(FontRole.HEADING.key()));
                    Templates.Page page =
                            templates.renderPage(TEMPLATE, subject.view().model(css, graphic));
                    notices.addAll(page.notices());
                    if (page.xhtml().contains(GraphicSvg.START)) { // the template placed the 图解
                        notices.addAll(subject.lastYearWarnings());
                    }
                    return page.xhtml().getBytes(StandardCharsets.UTF_8);
                })
                .warning(notices);
    }
}
