package cn.zfxxgk.report.render.pdf;

import cn.zfxxgk.report.fonts.FontCoverage;
import cn.zfxxgk.report.fonts.FontRole;
import cn.zfxxgk.report.fonts.FontSet;
import cn.zfxxgk.report.graphic.Graphic;
import cn.zfxxgk.report.graphic.GraphicSvg;
import cn.zfxxgk.report.render.RenderFailure;
import cn.zfxxgk.report.render.Rendered;
import cn.zfxxgk.report.render.Renderer;
import cn.zfxxgk.report.render.RunFonts;
import cn.zfxxgk.report.render.Subject;
import cn.zfxxgk.report.problem.Problem;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * PDF output: the report's page markup (the HTML renderer's, made once per report) typeset with the run's fonts. Before
 * anything is drawn, every character is checked against the fonts of its role ({@link FontCoverage}), so a PDF never
 * shows a {@code #} or an empty box: a character no font has is an error at its place in the report.
 */
public final class PdfRenderer implements Renderer {

    private final Renderer markup;
    private final RunFonts fonts;
    private Typesetter typesetter; // guarded by this

    /** PDFs of the pages {@code markup} makes, drawn with {@code fonts}. */
    public PdfRenderer(Renderer markup, RunFonts fonts) {
        this.markup = markup;
        this.fonts = fonts;
    }

    @Override
    public void startPreparing() {
        fonts.prepareFaces();
    }

    @Override
    public Rendered render(Subject subject) {
        Rendered page = markup.render(subject);
        if (page.failed()) {
            return page;
        }
        return Rendered.attempt(subject, () -> {
            FontSet faces = fonts.faces();
            String xhtml = new String(page.bytes(), StandardCharsets.UTF_8);
            List<Problem> missing = new ArrayList<>(FontCoverage.check(subject.report(), faces, subject.file()));
            if (xhtml.contains(GraphicSvg.START)) { // the template placed the 图解: its labels are drawn too
                missing.addAll(FontCoverage.check(GraphicSvg.texts(Graphic.of(subject.report(), subject.lastYear())),
                        FontRole.HEADING, faces, subject.file()));
            }
            if (!missing.isEmpty()) {
                throw new RenderFailure(missing);
            }
            return typesetter(faces).render(xhtml, subject.created());
        }).warning(page.warnings());
    }

    private synchronized Typesetter typesetter(FontSet faces) {
        if (typesetter == null) {
            typesetter = new Typesetter(faces);
        }
        return typesetter;
    }
}
