package cn.zfxxgk.report.serve;

import cn.zfxxgk.report.problem.Problem;
import cn.zfxxgk.report.render.pdf.PdfPages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the preview shows after each stage of a render: the documents last made (kept from an earlier render when this
 * one failed, so the author still sees the report while fixing it), the problems of this render, and a version number
 * the browser is sent to know when to reload. A save is shown in two steps: its HTML as soon as it is made, beside the
 * earlier PDF pages marked as being typeset again, then its PDF pages. PDF pages become PNG images when first asked
 * for, once per PDF.
 */
final class Snapshot {

    /** Screen resolution for the page images: an A4 page is 827 × 1169 pixels. */
    static final float DPI = 100;

    final long version;
    /** The report's HTML as the engine wrote it, or {@code null} before the first good render. */
    final byte[] html;

    private final byte[] pdf;
    final int pages;
    final List<Problem> problems;
    /** Whether this render failed and the documents shown are an earlier render's. */
    final boolean stale;
    /** Whether the HTML is this render's and its PDF is still being typeset (the pages shown are the last ones). */
    final boolean typesetting;

    private final Map<Integer, byte[]> images;

    private Snapshot(
            long version,
            byte[] html,
            byte[] pdf,
            int pages,
            List<Problem> problems,
            boolean stale,
            boolean typesetting,
            Map<Integer, byte[]> images) {
        this.version = version;
        this.html = html;
        this.pdf = pdf;
        this.pages = pages;
        this.problems = List.copyOf(problems);
        this.stale = stale;
        this.typesetting = typesetting;
        this.images = images;
    }

    /** Before the first render. */
    static Snapshot empty() {
        return new Snapshot(0, null, null, 0, List.of(), false, false, new ConcurrentHashMap<>());
    }

    /** A render's first stage made {@code html}; its PDF is on the way. */
    Snapshot withHtml(byte[] html, List<Problem> problems) {
        return new Snapshot(version + 1, html, pdf, pages, problems, false, true, images);
    }

    /**
     * A render's last stage made {@code pdf}. When a later save has failed meanwhile, its problems stay listed and the
     * documents stay marked as the last good render's: this PDF is that render's.
     */
    Snapshot withPdf(byte[] pdf, List<Problem> problems) throws IOException {
        return new Snapshot(
                version + 1,
                html,
                pdf,
                PdfPages.count(pdf),
                stale ? this.problems : problems,
                stale,
                false,
                new ConcurrentHashMap<>());
    }

    /**
     * A render that failed with {@code problems}: the documents shown stay those of the last good render, whose PDF may
     * still be being typeset — unless it is that PDF which failed ({@code pdfFailed}).
     */
    Snapshot failed(List<Problem> problems, boolean pdfFailed) {
        return new Snapshot(version + 1, html, pdf, pages, problems, html != null, typesetting && !pdfFailed, images);
    }

    /** Page {@code number} (from 1) as a PNG image, or {@code null} when there is no such page. */
    byte[] page(int number) {
        if (pdf == null || number < 1 || number > pages) {
            return null;
        }
        return images.computeIfAbsent(number, this::draw);
    }

    private byte[] draw(int number) {
        try {
            return PdfPages.png(pdf, number, DPI);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
