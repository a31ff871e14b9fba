package cn.zfxxgk.report.render.docx;

import cn.zfxxgk.report.layout.SignatureLayout;
import cn.zfxxgk.report.layout.TableLayout;
import cn.zfxxgk.report.model.Position;
import cn.zfxxgk.report.model.Report;
import cn.zfxxgk.report.model.TableKind;
import cn.zfxxgk.report.problem.Problem;
import cn.zfxxgk.report.template.TemplateFailure;
import cn.zfxxgk.report.template.Templates;
import jakarta.xml.bind.JAXBException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.docx4j.XmlUtils;
import org.docx4j.jaxb.Context;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.docProps.core.CoreProperties;
import org.docx4j.docProps.core.dc.elements.SimpleLiteral;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.DocPropsCorePart;
import org.docx4j.wml.Document;

/**
 * Renders a report into the DOCX template {@value #TEMPLATE}: its document text becomes FreeMarker source once per run
 * ({@link WordTemplateText}), is evaluated with the same view as the HTML, and replaces the template's main part in a
 * copy of the package, so styles, page setup, footers and anything else the editor put in the template are kept.
 */
public final class DocxRenderer {

    /** The Word template. */
    public static final String TEMPLATE = "report.docx";

    private final Templates templates;
    private byte[] template;
    private String source;

    public DocxRenderer(Templates templates) {
        this.templates = templates;
    }

    /**
     * Starts docx4j's JAXB set-up (about a second) on a background thread, so it overlaps reading the YAML and making
     * the HTML and PDF instead of adding to them.
     */
    public static void warmUp() {
        Thread thread = new Thread(Context::getWmlObjectFactory, "docx4j-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    /** The DOCX of {@code report}, with {@code view} as the template's data. */
    public byte[] render(Report report, Map<String, Object> view, Instant created) throws TemplateFailure, IOException {
        prepare();
        Map<String, Function<Map<String, Object>, String>> blocks = Map.of(
                "table", data -> WordTables.xml(TableLayout.of(
                        report.table(TableKind.byKey((String) data.get("kind"))).orElseThrow(), report.format())),
                "signature", data -> WordSignature.xml(SignatureLayout.of(report.signature())));
        String xml = templates.renderWordprocessingMl(source, TEMPLATE, view, blocks);
        try {
            WordprocessingMLPackage pkg = WordprocessingMLPackage.load(new ByteArrayInputStream(template));
            pkg.getMainDocumentPart().setJaxbElement((Document) XmlUtils.unmarshalString(xml));
            describe(pkg, view);
            ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
            pkg.save(out);
            return reproducible(out.toByteArray(), created);
        } catch (Docx4JException | JAXBException | RuntimeException e) {
            throw new TemplateFailure(Problem.error(templates.source(TEMPLATE), Position.NONE, "the filled-in "
                    + "document cannot be written: " + e.getMessage() + "; expected a template that Word opens"), e);
        }
    }

    /**
     * The package with every entry dated {@code created} instead of the wall clock, so the same input gives the same
     * bytes (the entries, their order and content are already the same).
     */
    private static byte[] reproducible(byte[] docx, Instant created) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(docx.length + 1024);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(created.toEpochMilli());
                zip.putNextEntry(copy);
                in.transferTo(zip);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** Title, author (the agency), subject and language in the document's properties, as in the PDF. */
    @SuppressWarnings("unchecked")
    private static void describe(WordprocessingMLPackage pkg, Map<String, Object> view) throws Docx4JException {
        Map<String, Object> report = (Map<String, Object>) view.get("report");
        DocPropsCorePart part = pkg.getDocPropsCorePart();
        if (part == null) {
            part = new DocPropsCorePart();
            pkg.addTargetPart(part);
            part.setJaxbElement(new org.docx4j.docProps.core.ObjectFactory().createCoreProperties());
        }
        CoreProperties core = part.getJaxbElement();
        org.docx4j.docProps.core.dc.elements.ObjectFactory dc = new org.docx4j.docProps.core.dc.elements.ObjectFactory();
        core.setTitle(dc.createTitle(literal(dc, (String) report.get("documentTitle"))));
        core.setCreator(literal(dc, (String) report.get("agency")));
        core.setSubject(literal(dc, report.get("year") + "年政府信息公开工作年度报告（" + report.get("notice") + "格式）"));
        core.setLanguage(literal(dc, "zh-CN"));
    }

    private static SimpleLiteral literal(org.docx4j.docProps.core.dc.elements.ObjectFactory dc, String text) {
        SimpleLiteral literal = dc.createSimpleLiteral();
        literal.getContent().add(text);
        return literal;
    }

    private void prepare() throws TemplateFailure, IOException {
        if (source != null) {
            return;
        }
        template = templates.bytes(TEMPLATE);
        byte[] document = entry(template, "word/document.xml");
        try {
            source = WordTemplateText.of(document);
        } catch (WordTemplateText.Unreadable e) {
            throw new TemplateFailure(Problem.error(templates.source(TEMPLATE), Position.NONE, e.getMessage()), e);
        }
    }

    /** A Word template is a few hundred kilobytes; what unpacks to more than this is not one (a zip bomb). */
    static final long MAX_UNPACKED = 64L * 1024 * 1024;

    /** The bytes of entry {@code name}, reading every entry with a cap on the unpacked size. */
    private byte[] entry(byte[] zip, String name) throws TemplateFailure, IOException {
        byte[] found = null;
        long unpacked = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            byte[] buffer = new byte[64 * 1024];
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ByteArrayOutputStream content = entry.getName().equals(name) ? new ByteArrayOutputStream() : null;
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    unpacked += n;
                    if (unpacked > MAX_UNPACKED) {
                        throw new TemplateFailure(Problem.error(templates.source(TEMPLATE), Position.NONE, "unpacks to "
                                + "more than " + MAX_UNPACKED / (1024 * 1024) + " MB; expected a Word template of a few "
                                + "hundred KB (is it a zip bomb?)"), null);
                    }
                    if (content != null) {
                        content.write(buffer, 0, n);
                    }
                }
                if (content != null) {
                    found = content.toByteArray();
                }
            }
        } catch (ZipException e) {
            throw new TemplateFailure(Problem.error(templates.source(TEMPLATE), Position.NONE, "is not a readable Word "
                    + "document (" + e.getMessage() + "); expected a .docx saved by Word, WPS or LibreOffice"), e);
        }
        if (found != null) {
            return found;
        }
        throw new TemplateFailure(Problem.error(templates.source(TEMPLATE), Position.NONE, "is not a Word document ("
                + name + " is missing); expected a .docx saved by Word, WPS or LibreOffice"), null);
    }
}
