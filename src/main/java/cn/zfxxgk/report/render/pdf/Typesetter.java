package cn.zfxxgk.report.render.pdf;

import cn.zfxxgk.report.fonts.DrawnText;
import cn.zfxxgk.report.fonts.FontSet;
import cn.zfxxgk.report.render.RenderFailure;
import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Typesets the report's XHTML (the same markup as the HTML output, with its print CSS) into a PDF/A-2u document: A4
 * pages, GB/T 9704 margins and page numbers from the template's {@code @page} rules, every font an embedded TrueType
 * subset so the text copies out as the original characters. The markup may not load anything from outside: no files,
 * no network.
 */
final class Typesetter {

    private static final byte[] SRGB =
            ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    /** Layouts at most: the first, one after each of three tables planned, and one to spare. */
    private static final int MOST_LAYOUTS = 5;

    private final FontSet fonts;

    /**
     * The line metrics of every font, measured once per run. openhtmltopdf sizes a line by all the fonts of its family
     * list, fallbacks included; without this it would make every font of the list into a PDF font in every document
     * just to read its ascent and descent.
     */
    private final Map<String, FSCacheValue> metrics = new ConcurrentHashMap<>();

    private final FSCacheEx<String, FSCacheValue> metricsCache = new FSCacheEx<>() {
        @Override
        public void put(String key, FSCacheValue value) {
            metrics.put(key, value);
        }

        @Override
        public FSCacheValue get(String key, Callable<? extends FSCacheValue> loader) {
            return metrics.computeIfAbsent(key, k -> {
                try {
                    return loader.call();
                } catch (Exception e) {
                    throw new IllegalStateException("font metrics cannot be measured: " + e.getMessage(), e);
                }
            });
        }

        @Override
        public FSCacheValue get(String key) {
            return metrics.get(key);
        }
    };

    /**
     * A font made into a PDF font only when the layout first asks for it: most documents never need the fallback
     * faces, and making a CJK font ready for embedding reads all of its metrics.
     */
    private static final class LazyFont extends PDFontSupplier {
        private final PDDocument document;
        private final FontSet.Registration registration;
        private PDFont font;

        LazyFont(PDDocument document, FontSet.Registration registration) {
            super(null);
            this.document = document;
            this.registration = registration;
        }

        @Override
        public PDFont supply() {
            if (font == null) {
                try {
                    font = PDType0Font.load(document, registration.face().font(), true);
                } catch (IOException e) {
                    throw new UncheckedIOException("font " + registration.family() + " cannot be embedded", e);
                }
            }
            return font;
        }
    }

    /** What is asked of the text once it is laid out, before anything is drawn: it may stop the document. */
    interface BeforeDrawing {
        void laidOut(List<DrawnText> texts) throws RenderFailure;
    }

    /** A typesetter drawing with {@code fonts} (resolved once per run). */
    Typesetter(FontSet fonts) {
        this.fonts = fonts;
    }

    /**
     * The PDF of {@code xhtml}, dated {@code created}: the same input and date give the same bytes (no wall-clock
     * time, no random document id), so users can diff and cache. The document is laid out once, and again after each
     * table whose page breaks {@link TablePagination} had to plan, before it is justified and painted.
     */
    byte[] render(String xhtml, Instant created, BeforeDrawing check) throws IOException, RenderFailure {
        Document markup = parse(xhtml);
        GraphicPage.apply(markup);
        ExactWidows.apply(markup);
        LabelWordBreaks.apply(markup);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (PDDocument document = new PDDocument()) {
            List<LazyFont> faces = new ArrayList<>();
            for (FontSet.Registration registration : fonts.registrations()) {
                faces.add(new LazyFont(document, registration));
            }
            for (int layout = 1; ; layout++) {
                try (PdfBoxRenderer renderer = builder(document, faces, markup).buildPdfRenderer()) {
                    renderer.layout();
                    if (layout == 1) {
                        check.laidOut(DrawnTexts.of(renderer.getRootBox()));
                    }
                    if (layout < MOST_LAYOUTS
                            && TablePagination.plan(renderer.getRootBox(), renderer.getDotsPerPoint())) {
                        continue; // the plan is written into the markup: lay it out again
                    }
                    SpanningCellBorders.apply(renderer.getRootBox());
                    InterCharacterJustification.apply(renderer.getRootBox());
                    renderer.createPDFWithoutClosing();
                    RepeatedHeaderArtifacts.apply(document);
                    Reproducible.date(document, xhtml, created);
                    document.save(out); // the fonts are subset as the document is saved: before the renderer lets go
                    break;
                }
            }
        }
        return out.toByteArray();
    }

    /**
     * The markup as a DOM the layouts share and the planning writes into: namespace-aware, as openhtmltopdf reads it,
     * with no external DTD or entity loaded.
     */
    private static Document parse(String xhtml) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setExpandEntityReferences(false);
            factory.setXIncludeAware(false);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xhtml)));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("the markup is not well-formed XHTML: " + e.getMessage(), e);
        }
    }

    private PdfRendererBuilder builder(PDDocument document, List<LazyFont> faces, Document markup) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.usePDDocument(document);
        builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U);
        builder.usePdfUaAccessibility(true);
        builder.useColorProfile(SRGB);
        builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, metricsCache);
        builder.withProducer("政府信息公开工作年度报告 generator");
        for (LazyFont face : faces) {
            builder.useFont(face, face.registration.family(), 400, FontStyle.NORMAL, true);
        }
        builder.useUriResolver((base, uri) -> null);
        builder.useUnicodeLineBreaker(ChineseLineBreaker.lines());
        builder.useUnicodeCharacterBreaker(ChineseLineBreaker.insideRuns());
        builder.withW3cDocument(markup, null);
        return builder;
    }
}
