package cn.zfxxgk.report.render.ofd;

import cn.zfxxgk.report.render.Rendered;
import cn.zfxxgk.report.render.Renderer;
import cn.zfxxgk.report.render.RunFonts;
import cn.zfxxgk.report.render.Subject;

/**
 * OFD output (GB/T 33190-2016): the report's PDF (made once per report, whether or not the PDF is written too)
 * converted page by page by {@link OfdConverter}, so the OFD shows exactly what the PDF shows.
 */
public final class OfdRenderer implements Renderer {

    private final Renderer pdf;
    private final RunFonts fonts;

    /** OFDs of the PDFs {@code pdf} makes, re-embedding the faces of {@code fonts}. */
    public OfdRenderer(Renderer pdf, RunFonts fonts) {
        this.pdf = pdf;
        this.fonts = fonts;
    }

    @Override
    public void startPreparing() {
        pdf.startPreparing();
    }

    @Override
    public Rendered render(Subject subject) {
        Rendered typeset = pdf.render(subject);
        if (typeset.failed()) {
            return typeset;
        }
        return Rendered.attempt(subject, () -> new OfdConverter(fonts.faces()).convert(typeset.bytes()))
                .warning(typeset.warnings());
    }
}
