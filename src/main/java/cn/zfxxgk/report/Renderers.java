package cn.zfxxgk.report;

import cn.zfxxgk.report.problem.Message;
import cn.zfxxgk.report.render.Renderer;
import cn.zfxxgk.report.render.RunFonts;
import cn.zfxxgk.report.render.docx.DocxRenderer;
import cn.zfxxgk.report.render.graphic.GraphicRenderer;
import cn.zfxxgk.report.render.html.HtmlRenderer;
import cn.zfxxgk.report.render.html.WebPage;
import cn.zfxxgk.report.render.ofd.OfdRenderer;
import cn.zfxxgk.report.render.pdf.PdfRenderer;
import cn.zfxxgk.report.template.Templates;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The registry of output formats: which renderer makes each, and how they share their work — the PDF typesets the
 * HTML renderer's page, the OFD converts the PDF, each made once per report. This is the only place that knows the
 * formats one by one; the engine asks it for the renderers of the formats requested.
 */
final class Renderers implements AutoCloseable {

    private final RunFonts fonts;
    private final Map<OutputFormat, Renderer> requested = new EnumMap<>(OutputFormat.class);

    /**
     * The renderers of {@code formats}, reading templates from {@code templates} and fonts from {@code extraFonts} (and
     * the system's, when {@code systemFonts}); slow preparation runs on {@code executor}.
     */
    Renderers(
            Set<OutputFormat> formats,
            Templates templates,
            List<Path> extraFonts,
            boolean systemFonts,
            Consumer<Message> notices,
            Executor executor) {
        fonts = new RunFonts(templates, extraFonts, systemFonts, notices, executor);
        Renderer page = Renderer.sharedPerReport(new HtmlRenderer(templates, fonts));
        Renderer pdf = Renderer.sharedPerReport(new PdfRenderer(page, fonts));
        Map<OutputFormat, Renderer> all = new EnumMap<>(OutputFormat.class);
        all.put(OutputFormat.HTML, new WebPage(page));
        all.put(OutputFormat.PDF, pdf);
        all.put(OutputFormat.DOCX, new DocxRenderer(templates, page));
        all.put(OutputFormat.OFD, new OfdRenderer(pdf, fonts));
        all.put(OutputFormat.GRAPHIC, new GraphicRenderer(fonts));
        for (OutputFormat format : formats) {
            requested.put(format, all.get(format));
        }
    }

    /** Turns off what the renderers' libraries would print on their own ({@link LibraryLogging#quiet}). */
    static void quietLibraries() {
        PdfRenderer.quietTypesetter();
    }

    /** The renderer of each format requested, in the formats' order. */
    Map<OutputFormat, Renderer> requested() {
        return Collections.unmodifiableMap(requested);
    }

    @Override
    public void close() throws IOException {
        fonts.close();
    }
}
