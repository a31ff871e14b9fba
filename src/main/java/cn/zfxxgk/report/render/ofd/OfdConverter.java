package cn.zfxxgk.report.render.ofd;

import cn.zfxxgk.report.fonts.FontSet;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Makes the OFD (GB/T 33190-2016) of a report from its PDF, so the OFD shows exactly what the PDF shows and follows
 * every change to the typesetting: each page's content stream is read with PDFBox and drawn again with OFD's own page
 * objects — fills and strokes as paths, glyphs as text in subsets of the same TrueType faces (so the text stays
 * selectable and searchable), images as images. The document information is the PDF's. The same PDF always gives the
 * same bytes.
 *
 * <p>This class is the whole of the OFD output as the engine sees it: PDF bytes and the fonts the engine resolved in,
 * OFD bytes out.
 */
public final class OfdConverter {

    private final FontSet fonts;

    /** A converter for PDFs typeset with {@code fonts} (resolved once per run, as for the PDF). */
    public OfdConverter(FontSet fonts) {
        this.fonts = fonts;
    }

    /**
     * The OFD of {@code pdf}, a PDF the engine made with this converter's fonts.
     *
     * @throws IOException when the PDF cannot be read or paints what OFD output does not draw (a shading, a pattern, a
     *     font other than the engine's), with the page named
     */
    public byte[] convert(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            EmbeddedFonts embedded = new EmbeddedFonts(fonts);
            List<OfdPage> pages = new ArrayList<>();
            int number = 1;
            for (var page : document.getPages()) {
                pages.add(new PageReader(page, number++, embedded).read());
            }
            return OfdPackage.write(DocumentInfo.of(document, pdf), pages, embedded.subset());
        }
    }
}
