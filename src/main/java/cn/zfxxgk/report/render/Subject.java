package cn.zfxxgk.report.render;

import cn.zfxxgk.report.model.Report;
import cn.zfxxgk.report.template.ReportView;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * One report as every renderer receives it: the checked report, how messages name its file, and the date its documents
 * carry (so the same input gives the same bytes), and its {@link ReportView}, made once for every renderer. It also
 * keeps what one renderer made for another during this report ({@link Renderer#sharedPerReport}), so the markup and
 * the PDF are made once however many formats use them.
 */
public final class Subject {

    private final Report report;
    private final String file;
    private final Instant created;
    private final Map<Renderer, CompletableFuture<Rendered>> shared = new HashMap<>();
    private ReportView view; // guarded by this

    /** {@code report}, read from the file messages call {@code file}, whose documents are dated {@code created}. */
    public Subject(Report report, String file, Instant created) {
        this.report = report;
        this.file = file;
        this.created = created;
    }

    /** The checked report. */
    public Report report() {
        return report;
    }

    /** How messages name the report's file. */
    public String file() {
        return file;
    }

    /**
     * The report as the renderers see it: its document properties, tables and signature laid out once, and the
     * template's model made from them.
     */
    public synchronized ReportView view() {
        if (view == null) {
            view = ReportView.of(report);
        }
        return view;
    }

    /** The date the documents carry. */
    public Instant created() {
        return created;
    }

    /**
     * What {@code step} makes of this report, made on the first call and handed to every later one (waiting, on
     * another thread, while the first is still at work).
     */
    Rendered shared(Renderer step) {
        CompletableFuture<Rendered> mine = new CompletableFuture<>();
        CompletableFuture<Rendered> first;
        synchronized (shared) {
            first = shared.putIfAbsent(step, mine);
        }
        if (first != null) {
            try {
                return first.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw e;
            }
        }
        try {
            Rendered made = step.render(this);
            mine.complete(made);
            return made;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        }
    }
}
