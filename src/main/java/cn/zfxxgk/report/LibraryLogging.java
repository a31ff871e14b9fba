package cn.zfxxgk.report;

/**
 * Keeps the libraries quiet. FontBox and PDFBox log through SLF4J (their commons-logging is replaced by
 * jcl-over-slf4j): gen.jar has no SLF4J backend, so nothing is printed; inside Maven they would reach the
 * build log, whose simple logger reads per-logger levels from system properties. openhtmltopdf logs through
 * java.util.logging to the console unless told not to (the PDF renderer's switch, through the registry of formats).
 * Problems reach the user as the engine's own messages instead.
 *
 * <p>Setting system properties changes the whole JVM (inside Maven, every plugin's), so the engine never does it by
 * itself: each front end calls {@link #quiet} once, before its first engine, as its own decision.
 */
public final class LibraryLogging {

    private LibraryLogging() {}

    /** Sets the libraries' level to error unless the user chose another, and turns openhtmltopdf's logging off. */
    public static void quiet() {
        Renderers.quietLibraries();
        for (String library : new String[] {"org.apache.fontbox", "org.apache.pdfbox"}) {
            String property = "org.slf4j.simpleLogger.log." + library;
            if (System.getProperty(property) == null) {
                System.setProperty(property, "error");
            }
        }
    }
}
