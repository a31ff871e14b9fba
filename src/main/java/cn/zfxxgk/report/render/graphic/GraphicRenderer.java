package cn.zfxxgk.report.render.graphic;

import cn.zfxxgk.report.fonts.FontRole;
import cn.zfxxgk.report.graphic.Graphic;
import cn.zfxxgk.report.graphic.GraphicSvg;
import cn.zfxxgk.report.render.Rendered;
import cn.zfxxgk.report.render.Renderer;
import cn.zfxxgk.report.render.RunFonts;
import cn.zfxxgk.report.render.Subject;
import java.nio.charset.StandardCharsets;

/**
 * The 图解 as an SVG file ({@code NAME.graphic.svg}): an A4 page of the year's numbers from the report's tables,
 * beside last year's when the report names last year's file ({@code previous:}). Its text names the families of the
 * headings' font role ({@code fonts.properties}), as the PDF's page of the same graphic does; the file embeds no font,
 * so a viewer draws it with the first of them it has.
 */
public final class GraphicRenderer implements Renderer {

    private final RunFonts fonts;

    /** Graphics whose text is set in the families {@code fonts} gives the headings. */
    public GraphicRenderer(RunFonts fonts) {
        this.fonts = fonts;
    }

    @Override
    public Rendered render(Subject subject) {
        return Rendered.attempt(
                        subject,
                        () -> GraphicSvg.file(
                                        Graphic.of(subject.report(), subject.lastYear()),
                                        fonts.css().get(FontRole.HEADING.key()))
                                .getBytes(StandardCharsets.UTF_8))
                .warning(subject.lastYearWarnings());
    }
}
