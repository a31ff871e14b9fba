package cn.zfxxgk.report.render;

import cn.zfxxgk.report.model.Report;
import cn.zfxxgk.report.problem.Problem;
import cn.zfxxgk.report.rules.PreviousReport;
import cn.zfxxgk.report.template.ReportView;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

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
    private final Supplier<Optional<PreviousReport>> lastYearFile;
    private final Map<Renderer, CompletableFuture<Rendered>> shared = new HashMap<>();
    private Optional<PreviousReport> lastYear; // guarded by this
    private ReportView view; // guarded by this

    /** {@code report}, read from the file messages call {@code file}, whose documents are dated {@code created}. */
    public Subject(Report report, String file, Instant created) {
        this(report, file, created, Optional::empty);
    }

    /**
     * {@code report} with last year's report ({@code previous:}), which {@code lastYear} loads when a renderer first
     * asks for it (only the 图解 does), or gives empty when the report names none.
     */
    public Subject(Report report, String file, Instant created, Supplier<Optional<PreviousReport>> lastYear) {
        this.report = report;
        this.file = file;
        this.created = created;
        this.lastYearFile = lastYear;
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

    /** Last year's report, when this one names it ({@code previous:}) and it could be read. */
    public Optional<Report> lastYear() {
        return previous().flatMap(PreviousReport::report);
    }

    /**
     * A warning when this report names last year's report but it cannot be read (the 图解 then shows this year's numbers
     * alone); else nothing. Whether last year's report is right is {@code gen check}'s to say.
     */
    public List<Problem> lastYearWarnings() {
        Optional<PreviousReport> previous = previous();
        if (previous.isEmpty() || previous.get().report().isPresent()) {
            return List.of();
        }
        return List.of(Problem.warning(
                file,
                report.facts().previousAt(),
                RenderMessages.lastYearUnread(previous.get().file())));
    }

    private synchronized Optional<PreviousReport> previous() {
        if (lastYear == null) {
            lastYear = lastYearFile.get();
        }
        return lastYear;
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
