package cn.zfxxgk.report.render.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The pages of a PDF the engine made, for the tools that count or show them (the preview server, the benchmark), so
 * that PDFBox stays with the PDF renderer that writes them.
 */
public final class PdfPages {

    private PdfPages() {}

    /** How many pages {@code pdf} has. */
    public static int count(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    /** Page {@code number} (from 1) of {@code pdf} drawn at {@code dpi} dots per inch, as a PNG image. */
    public static byte[] png(byte[] pdf, int number, float dpi) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(number - 1, dpi, ImageType.RGB);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return png.toByteArray();
        }
    }
}
