package cn.zfxxgk.report.render.pdf;

import cn.zfxxgk.report.fonts.FontCoverage;
import cn.zfxxgk.report.fonts.FontSet;
import cn.zfxxgk.report.problem.Problem;
import cn.zfxxgk.report.render.RenderFailure;
import cn.zfxxgk.report.render.Rendered;
import cn.zfxxgk.report.render.Renderer;
import cn.zfxxgk.report.render.RunFonts;
import cn.zfxxgk.report.render.Subject;
import com.openhtmltopdf.util.XRLog;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * PDF output: the report's page markup (the HTML renderer's, made once per report) typeset with the run's fonts. Once
 * the page is laid out and before anything is drawn, every character is checked against the fonts the template's CSS
 * gives it there ({@link FontCoverage}), so a PDF never shows a {@code #} or an empty box: a character no font has is
 * an error at its place in the report.
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

    /**
     * Silences openhtmltopdf, which logs every run at INFO and WARN through java.util.logging (problems reach the user
     * as the engine's own messages instead). Its switch is one for the whole JVM, with no per-run equivalent (its
     * per-run diagnostics are fed only while that switch is on), so the engine never throws it by itself: a front end
     * does, as its own decision, through {@link cn.zfxxgk.report.LibraryLogging#quiet}.
     */
    public static void quietTypesetter() {
        XRLog.setLoggingEnabled(false);
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
                    return typesetter(faces)
                            .render(new String(page.bytes(), StandardCharsets.UTF_8), subject.created(), drawn -> {
                                List<Problem> missing =
                                        FontCoverage.check(subject.report(), drawn, faces, subject.file());
                                if (!missing.isEmpty()) {
                                    throw new RenderFailure(missing);
                                }
                            });
                })
                .warning(page.warnings());
    }

    private synchronized Typesetter typesetter(FontSet faces) {
        if (typesetter == null) {
            typesetter = new Typesetter(faces);
        }
        return typesetter;
    }
}
