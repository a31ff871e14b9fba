package cn.zfxxgk.report.render.docx;

import cn.zfxxgk.report.layout.Grid;
import cn.zfxxgk.report.model.Position;
import cn.zfxxgk.report.model.TableKind;
import cn.zfxxgk.report.problem.Message;
import cn.zfxxgk.report.problem.Problem;
import cn.zfxxgk.report.render.Rendered;
import cn.zfxxgk.report.render.Renderer;
import cn.zfxxgk.report.render.Subject;
import cn.zfxxgk.report.template.PrintedTables;
import cn.zfxxgk.report.template.ReportView;
import cn.zfxxgk.report.template.TemplateFailure;
import cn.zfxxgk.report.template.Templates;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Renders a report into the DOCX template {@value #TEMPLATE}: the text of its body, and of each header and footer that
 * holds a placeholder or directive ({@link WordParts}), becomes FreeMarker source once per run
 * ({@link WordTemplateText}), is evaluated with the same view as the HTML, and replaces its part in a copy of the
 * template's package ({@link WordPackage}), so styles, page setup, the other headers and footers and anything else the
 * editor put in the template are kept as they are.
 */
public final class DocxRenderer implements Renderer {

    /** The Word template. */
    public static final String TEMPLATE = "report.docx";

    /** The HTML template, whose tables' labels and column widths the Word tables follow ({@link WordTableEdits}). */
    private static final String HTML_TEMPLATE = "report.ftlh";

    /** The paragraph style of the tables' text, whose size an em of a column width is. */
    private static final String TABLE_TEXT = "TableText";

    private final Templates templates;
    private final Renderer page;
    private WordPackage template;
    private WordGeometry geometry;
    /** The body, then the headers and footers that hold placeholders or directives, as FreeMarker source. */
    private List<TemplatePart> sources;

    /** A part of the template as FreeMarker source, and where it is for messages. */
    private record TemplatePart(WordParts.TextPart part, WordTemplateText.Source source) {

        /** Where the paragraph at {@code line}, {@code column} of the source is, said with {@code message}. */
        Message at(int line, int column, Message message) {
            String text = source.text();
            int offset = 0;
            for (int l = 1; l < line && offset >= 0; l++) {
                offset = text.indexOf('\n', offset);
                offset = offset < 0 ? -1 : offset + 1;
            }
            int at = Math.max(0, offset) + column - 1;
            return WordMessages.inParagraph(part.where(), source.paragraphAt(at), message);
        }
    }

    /**
     * The DOCX from {@code templates}' Word template, its tables labelled and sized as the page {@code page} makes
     * prints them (the page shared with the HTML and the PDF), so an editor's change of a label or a width in
     * {@code report.ftlh} reaches every format. A page that cannot be made is the HTML's and the PDF's problem,
     * reported by them when they are asked for: the DOCX is still made, with the official labels and widths and a
     * warning.
     */
    public DocxRenderer(Templates templates, Renderer page) {
        this.templates = templates;
        this.page = page;
    }

    /**
     * The DOCX of the subject's report. The Word template sees the same view as the page template, without the font
     * families of {@code fonts.properties}: Word and WPS take the fonts from the template's styles.
     */
    @Override
    public Rendered render(Subject subject) {
        ReportView view = subject.view();
        Rendered printed = page.render(subject);
        if (printed.failed()) {
            return Rendered.attempt(subject, () -> render(view, subject.created(), PrintedTables.none()))
                    .warning(List.of(officialTables()));
        }
        return Rendered.attempt(
                subject,
                () -> render(
                        view,
                        subject.created(),
                        PrintedTables.of(new String(printed.bytes(), StandardCharsets.UTF_8))));
    }

    /**
     * The DOCX of {@code view}'s report: its template model as the template's data, its grids and signature laid out
     * as Word paragraphs and tables, its tables labelled and sized as {@code printed}, dated {@code created}.
     */
    private byte[] render(ReportView view, Instant created, PrintedTables printed) throws TemplateFailure, IOException {
        prepare();
        Map<String, Function<Map<String, Object>, String>> blocks = Map.of(
                "table",
                        data -> {
                            TableKind kind =
                                    TableKind.byKey((String) data.get("kind")); // which table the directive names
                            Grid grid = view.grid(kind);
                            Optional<PrintedTables.Printed> edits = printed.table(kind.key());
                            return WordTables.xml(
                                    WordTableEdits.labelled(grid, edits),
                                    WordTableEdits.widths(grid, edits),
                                    geometry.textWidth(),
                                    geometry.fontSize(TABLE_TEXT));
                        },
                "signature", data -> WordSignature.xml(view.signature().orElseThrow(), geometry));
        Map<String, Object> model = view.model(Map.of());
        Map<String, byte[]> parts = new LinkedHashMap<>();
        for (TemplatePart part : sources) {
            String filledIn = templates.renderWordprocessingMl(part.source().text(), TEMPLATE, model, blocks, part::at);
            boolean body = part.part().name().equals(template.mainDocument());
            byte[] xml = (body ? WordSignature.keepWithPrevious(filledIn) : filledIn).getBytes(StandardCharsets.UTF_8);
            try {
                SafeXml.check(xml);
            } catch (SafeXml.Malformed e) {
                throw new TemplateFailure(
                        Problem.error(
                                templates.source(TEMPLATE),
                                Position.NONE,
                                WordMessages.filledInMalformed(part.part().where(), e.getMessage())),
                        e);
            }
            parts.put(part.part().name(), xml);
        }
        try {
            parts.putAll(CoreProperties.parts(template, view.document()));
        } catch (SafeXml.Malformed e) { // every part was checked when the template was read
            throw new TemplateFailure(
                    Problem.error(
                            templates.source(TEMPLATE),
                            Position.NONE,
                            WordMessages.malformedPart(String.valueOf(template.coreProperties()), e.getMessage())),
                    e);
        }
        return template.write(parts, created);
    }

    private Problem officialTables() {
        return Problem.warning(
                templates.source(HTML_TEMPLATE), Position.NONE, WordMessages.officialTables(HTML_TEMPLATE));
    }

    private void prepare() throws TemplateFailure, IOException {
        if (sources != null) {
            return;
        }
        try {
            WordPackage pkg = WordPackage.read(templates.bytes(TEMPLATE));
            List<TemplatePart> found = new ArrayList<>();
            for (WordParts.TextPart part : WordParts.of(pkg)) {
                WordTemplateText.Source source = WordTemplateText.of(pkg.part(part.name()), part.where());
                if (source.templated() || part.name().equals(pkg.mainDocument())) {
                    found.add(new TemplatePart(part, source)); // a header without placeholders is kept byte for byte
                }
            }
            geometry = WordGeometry.of(pkg);
            template = pkg;
            sources = List.copyOf(found);
        } catch (WordPackage.Unreadable e) {
            throw new TemplateFailure(Problem.error(templates.source(TEMPLATE), Position.NONE, e.text()), e);
        } catch (WordTemplateText.Unreadable e) {
            throw new TemplateFailure(Problem.error(templates.source(TEMPLATE), Position.NONE, e.text()), e);
        }
    }
}
