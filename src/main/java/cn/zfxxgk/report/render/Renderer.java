package cn.zfxxgk.report.render;

/**
 * One output format. A renderer owns what its format needs — its template, its fonts, its checks — and the engine knows
 * nothing of them: it hands every requested renderer the same {@link Subject} and writes what comes back. A renderer
 * is used by one report at a time; it may be called from any thread.
 */
public interface Renderer {

    /**
     * The document of {@code subject}, or the problems that stop it (at their place in the report or in a template).
     * A problem of the author's or the editor's is returned, never thrown; what is thrown is a fault of the engine.
     */
    Rendered render(Subject subject);

    /**
     * Starts, in the background, the slow preparation that every report needs (finding and parsing fonts), so that it
     * overlaps reading the first report. What goes wrong is left for {@link #render} to report. Nothing by default.
     */
    default void startPreparing() {}

    /**
     * {@code renderer} made at most once per report, whoever asks for it: the page markup both the HTML and the PDF are
     * made from, the PDF the OFD is converted from.
     */
    static Renderer sharedPerReport(Renderer renderer) {
        return new Renderer() {
            @Override
            public Rendered render(Subject subject) {
                return subject.shared(renderer);
            }

            @Override
            public void startPreparing() {
                renderer.startPreparing();
            }
        };
    }
}
