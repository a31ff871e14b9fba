package cn.zfxxgk.report.render;

import cn.zfxxgk.report.fonts.FontCatalog;
import cn.zfxxgk.report.fonts.FontRole;
import cn.zfxxgk.report.fonts.FontRoles;
import cn.zfxxgk.report.fonts.FontSet;
import cn.zfxxgk.report.problem.Message;
import cn.zfxxgk.report.problem.Problem;
import cn.zfxxgk.report.template.TemplateFailure;
import cn.zfxxgk.report.template.Templates;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The fonts of one run, each found once and only when a format asks: the families of each role from
 * {@value FontRoles#FILE} in the template directory (the page's CSS names them), and the faces that draw them (the PDF
 * and the OFD embed them). Finding and parsing the faces takes the longest of a cold start, so {@link #prepareFaces}
 * starts it on the engine's executor while the first report is read.
 */
public final class RunFonts implements AutoCloseable {

    private final Templates templates;
    private final List<Path> extra;
    private final boolean systemFonts;
    private final Consumer<Message> notices;
    private final Executor executor;
    private FontRoles roles; // guarded by this
    private List<Problem> roleProblems; // guarded by this
    private CompletableFuture<FontSet> faces; // guarded by this
    private FontCatalog catalog; // guarded by this
    private boolean closed; // guarded by this

    /**
     * The fonts of a run: roles read from {@code templates}, faces searched in {@code extra} files and directories and,
     * when {@code systemFonts}, the system's; slow work runs on {@code executor}; {@code notices} hears of a font that
     * cannot be used and of a role that falls back to the built-in font.
     */
    public RunFonts(
            Templates templates, List<Path> extra, boolean systemFonts, Consumer<Message> notices, Executor executor) {
        this.templates = templates;
        this.extra = List.copyOf(extra);
        this.systemFonts = systemFonts;
        this.notices = notices;
        this.executor = executor;
    }

    /** The families of each role, as {@value FontRoles#FILE} gives them. */
    public synchronized FontRoles roles() throws TemplateFailure, RenderFailure {
        if (roles == null) {
            List<Problem> found = new ArrayList<>();
            FontRoles parsed = FontRoles.parse(templates.text(FontRoles.FILE), templates.source(FontRoles.FILE), found);
            roleProblems = List.copyOf(found);
            roles = parsed;
        }
        if (!roleProblems.isEmpty()) {
            throw new RenderFailure(roleProblems);
        }
        return roles;
    }

    /** Each role's CSS {@code font-family} value, by the role's key ({@code body}, {@code title} …). */
    public Map<String, String> css() throws TemplateFailure, RenderFailure {
        FontRoles families = roles();
        Map<String, String> css = new LinkedHashMap<>();
        for (FontRole role : FontRole.values()) {
            css.put(role.key(), families.css(role));
        }
        return css;
    }

    /**
     * Starts finding and parsing the faces on the executor, unless it has started or the roles cannot be read (which
     * the first report then reports).
     */
    public synchronized void prepareFaces() {
        if (faces != null) {
            return;
        }
        try {
            FontRoles families = roles();
            faces = CompletableFuture.supplyAsync(() -> makeFaces(families), executor);
        } catch (TemplateFailure | RenderFailure e) {
            // reported by the renderers, for every report
        }
    }

    /** The faces that draw each role, found once per run. */
    public FontSet faces() throws TemplateFailure, RenderFailure, IOException {
        CompletableFuture<FontSet> made;
        FontRoles families = null;
        synchronized (this) {
            if (faces == null) { // not prepared: made here, by the first report that needs them
                families = roles();
                faces = new CompletableFuture<>();
                made = faces;
            } else {
                made = faces;
            }
        }
        if (families != null) {
            try {
                made.complete(makeFaces(families));
            } catch (RuntimeException e) {
                made.completeExceptionally(e);
            }
        }
        try {
            return made.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedFontFailure failure) {
                throw failure.getCause();
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }

    private FontSet makeFaces(FontRoles families) {
        try {
            FontCatalog made = new FontCatalog(extra, systemFonts, notices);
            synchronized (this) {
                if (closed) { // closed while this was being prepared in the background
                    made.close();
                    throw new IOException("the engine was closed");
                }
                catalog = made;
            }
            return new FontSet(families, made, notices);
        } catch (IOException e) {
            throw new UncheckedFontFailure(e);
        }
    }

    /** An {@link IOException} of the font search, carried out of the executor. */
    private static final class UncheckedFontFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UncheckedFontFailure(IOException cause) {
            super(cause);
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }

    @Override
    public synchronized void close() throws IOException {
        closed = true;
        if (catalog != null) {
            catalog.close();
        }
    }
}
