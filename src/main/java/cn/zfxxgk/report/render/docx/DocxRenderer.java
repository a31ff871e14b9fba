package cn.zfxxgk.report.render.docx;

import cn.zfxxgk.report.layout.SignatureLayout;
import cn.zfxxgk.report.layout.TableLayout;
import cn.zfxxgk.report.model.Position;
import cn.zfxxgk.report.model.Report;
import cn.zfxxgk.report.model.TableKind;
import cn.zfxxgk.report.problem.Problem;
import cn.zfxxgk.report.render.Rendered;
import cn.zfxxgk.report.render.Renderer;
import cn.zfxxgk.report.render.Subject;
import cn.zfxxgk.report.template.ReportView;
import cn.zfxxgk.report.template.TemplateFailure;
import cn.zfxxgk.report.template.Templates;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Renders a report into the DOCX template {@value #TEMPLATE}: its document text becomes FreeMarker source once per run
 * ({@link WordTemplateText}), is evaluated with the same view as the HTML, and replaces the main document part in a
 * copy of the template's package ({@link WordPackage}), so styles, page setup, footers and anything else the editor put
 * in the template are kept as they are.
 */
public final class DocxRenderer implements Renderer {

    /** The Word template. */
    public static final String TEMPLATE = "report.docx";

    private final Templates templates;
    private WordPackage template;
    private WordGeometry geometry;
    private String source;

    public DocxRenderer(Templates templates) {
        this.templates = templates;
    }

    /**
     * The DOCX of the subject's report. The Word template sees the same view as the page template, without the font
     * families of {@code fonts.properties}: Word and WPS take the fonts from the template's styles.
     */
    @Override
    public Rendered render(Subject subject) {
        return Rendered.attempt(subject, () -> render(subject.report(), ReportView.of(subject.report(), Map.of()),
                subject.created()));
    }

    /** The DOCX of {@code report}, with {@code view} as the template's data, dated {@code created}. */
    public byte[] render(Report report, Map<String, Object> view, Instant created) throws TemplateFailure, IOException {
        prepare();
        Map<String, Function<Map<String, Object>, String>> blocks = Map.of(
                "table", data -> WordTables.xml(TableLayout.of(
                        report.table(TableKind.byKey((String) data.get("kind"))).orElseThrow(), report.format()),
                        geometry.textWidth()),
                "signature", data -> WordSignature.xml(SignatureLayout.of(report.signature()), geometry));
        String filledIn = templates.renderWordprocessingMl(source, TEMPLATE, view, blocks);
        byte[] document = WordSignature.keepWithPrevious(filledIn).getBytes(StandardCharsets.UTF_8);
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try {
            SafeXml.check(document);
            parts.put(template.mainDocument(), document);
            parts.putAll(CoreProperties.parts(template, properties(view)));
        } catch (SafeXml.Malformed e) {
            throw new TemplateFailure(Problem.error(templates.source(TEMPLATE), Position.NONE,
                    WordMessages.filledInMalformed(e.getMessage())), e);
        }
        return template.write(parts, created);
    }

    /** Title, author (the agency), subject and language of the document, as in the PDF. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> properties(Map<String, Object> view) {
        Map<String, Object> report = (Map<String, Object>) view.get("report");
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("title", (String) report.get("documentTitle"));
        properties.put("creator", (String) report.get("agency"));
        properties.put("subject", (String) report.get("subject"));
        properties.put("language", "zh-CN");
        return properties;
    }

    private void prepare() throws TemplateFailure, IOException {
        if (source != null) {
            return;
        }
        try {
            WordPackage pkg = WordPackage.read(templates.bytes(TEMPLATE));
            source = WordTemplateText.of(pkg.part(pkg.mainDocument()));
            geometry = WordGeometry.of(pkg);
            template = pkg;
        } catch (WordPackage.Unreadable e) {
            throw new TemplateFailure(Problem.error(templates.source(TEMPLATE), Position.NONE, e.text()), e);
        } catch (WordTemplateText.Unreadable e) {
            throw new TemplateFailure(Problem.error(templates.source(TEMPLATE), Position.NONE, e.text()), e);
        }
    }
}
