package cn.zfxxgk.report.fonts;

import cn.zfxxgk.report.problem.Message;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * The TrueType faces a run may use: the font files and directories the user names first, then (unless hidden) the
 * system's font directories on Linux, Windows and macOS, then the built-in Noto Sans SC. Only the names of every face
 * are read when the catalog is made; a face is parsed once, when a role first finds it. A face is found by any of its
 * names in any language ({@code SimSun}, {@code 宋体}, {@code AR PL SungtiL GB}, {@code 文鼎ＰＬ简报宋}); a {@code .ttc}
 * is searched face by face. Fonts with CFF outlines
 * (most OpenType and all of Debian's Noto CJK) cannot be embedded by PDFBox and are skipped with a one-line notice when a
 * role asks for them.
 */
public final class FontCatalog implements Closeable {

    /** The built-in fallback inside the jar (from com.helger.font:ph-fonts-noto-sans-sc). */
    static final String BUILT_IN_RESOURCE = "fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";

    private static final int MAX_DEPTH = 6;

    private record Entry(Set<String> names, FontFace face, boolean cff) {}

    private final List<Entry> entries = new ArrayList<>();
    private final Map<Path, TrueTypeCollection> collections = new HashMap<>();
    private final Consumer<Message> notices;
    private final Set<Message> noticed = new HashSet<>();
    private final boolean searched;
    private FontFace builtIn;
    private boolean closed;

    /**
     * Scans {@code extra} (files or directories, searched first) and, with {@code systemFonts}, the system's font
     * directories. Unreadable files are passed over with a notice.
     */
    public FontCatalog(List<Path> extra, boolean systemFonts, Consumer<Message> notices) {
        this.notices = notices;
        this.searched = systemFonts || !extra.isEmpty();
        for (Path root : extra) {
            fontFiles(root).forEach(file -> load(file, true));
        }
        if (systemFonts) {
            for (Path root : systemDirectories()) {
                fontFiles(root).forEach(file -> load(file, false));
            }
        }
    }

    /** The system font directories of Linux, macOS and Windows that exist here. */
    static List<Path> systemDirectories() {
        String home = System.getProperty("user.home", "");
        List<Path> candidates = new ArrayList<>(List.of(
                Path.of("/usr/share/fonts"),
                Path.of("/usr/local/share/fonts"),
                Path.of(home, ".fonts"),
                Path.of(home, ".local/share/fonts"),
                Path.of("/System/Library/Fonts"),
                Path.of("/Library/Fonts"),
                Path.of(home, "Library/Fonts")));
        String windows = System.getenv("WINDIR");
        if (windows != null) {
            candidates.add(Path.of(windows, "Fonts"));
        }
        String local = System.getenv("LOCALAPPDATA");
        if (local != null) {
            candidates.add(Path.of(local, "Microsoft", "Windows", "Fonts"));
        }
        return candidates.stream().filter(Files::isDirectory).toList();
    }

    private List<Path> fontFiles(Path root) {
        if (Files.isRegularFile(root)) {
            return List.of(root);
        }
        if (!Files.isDirectory(root)) {
            notice(FontMessages.pathMissing(root.toString(), Files.exists(root)));
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root, MAX_DEPTH)) {
            return walk.filter(Files::isRegularFile)
                    .filter(FontCatalog::isFontFile)
                    .sorted()
                    .toList();
        } catch (IOException | RuntimeException e) {
            notice(FontMessages.directoryUnreadable(root.toString(), e.getMessage()));
            return List.of();
        }
    }

    private static boolean isFontFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".ttf") || name.endsWith(".ttc") || name.endsWith(".otf");
    }

    /** Learns the names of every face of {@code file}; only files the user named are worth a notice when unreadable. */
    private void load(Path file, boolean named) {
        try {
            for (FontFileNames.Face face : FontFileNames.read(file)) {
                Set<String> keys = new LinkedHashSet<>();
                face.names().forEach(name -> keys.add(key(name)));
                FontFace.Parser parser = face.cff()
                        ? null
                        : face.inCollection()
                                ? () -> collection(file).getFontByName(face.postScriptName())
                                : () -> new OTFParser().parse(new RandomAccessReadBufferedFile(file));
                entries.add(new Entry(keys, new FontFace(face.family(), file.toString(), parser), face.cff()));
            }
        } catch (IOException | RuntimeException e) {
            if (named) {
                notice(FontMessages.fileUnreadable(file.toString(), e.getMessage()));
            }
        }
    }

    /** The collection in {@code file}, opened once for all of its faces. */
    private synchronized TrueTypeCollection collection(Path file) throws IOException {
        if (closed) {
            throw new IOException("the font catalog is closed");
        }
        TrueTypeCollection collection = collections.get(file);
        if (collection == null) {
            collection = new TrueTypeCollection(file.toFile());
            collections.put(file, collection);
        }
        return collection;
    }

    /** How names are compared: width-folded, case-folded, without spaces. */
    static String key(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC)
                .replaceAll("\\s+", "")
                .toLowerCase(Locale.ROOT);
    }

    /** The first usable TrueType face named {@code family}; a CFF font of that name is noticed and skipped. */
    public Optional<FontFace> find(String family) {
        if (isClosed()) {
            return Optional.empty(); // the run is over (it may end while its fonts are still being prepared)
        }
        String key = key(family);
        if (key.equals(key(FontRoles.BUILT_IN))) {
            return Optional.of(builtIn());
        }
        for (Entry entry : entries) {
            if (entry.names().contains(key)) {
                if (entry.cff()) {
                    notice(FontMessages.cff(family, entry.face().source()));
                    continue;
                }
                try {
                    if (entry.face().font() == null) {
                        throw new IOException("no glyph outlines");
                    }
                    OptionalInt damage = entry.face().damage();
                    if (damage.isPresent()) {
                        notice(FontMessages.damaged(
                                entry.face().name(), entry.face().source(), damage.getAsInt(), true));
                        continue;
                    }
                    return Optional.of(entry.face());
                } catch (IOException e) {
                    notice(FontMessages.fileUnreadable(entry.face().source(), e.getMessage()));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether fonts are looked for beyond the built-in one (the system's, or files given with --font). */
    public boolean searches() {
        return searched;
    }

    /** The built-in Noto Sans SC, parsed on first use. */
    public synchronized FontFace builtIn() {
        if (builtIn == null) {
            builtIn = new FontFace(FontRoles.BUILT_IN, "built-in", FontCatalog::parseBuiltIn);
        }
        return builtIn;
    }

    private static TrueTypeFont parseBuiltIn() throws IOException {
        try (InputStream in = FontCatalog.class.getClassLoader().getResourceAsStream(BUILT_IN_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(
                        "the built-in font " + BUILT_IN_RESOURCE + " is missing from the build");
            }
            return new TTFParser().parse(new RandomAccessReadBuffer(in));
        }
    }

    synchronized boolean isClosed() {
        return closed;
    }

    private synchronized void notice(Message message) {
        if (!closed && noticed.add(message)) { // once closed, the run is over: what it did not need is no news
            notices.accept(message);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        closed = true;
        for (Entry entry : entries) {
            entry.face().close();
        }
        if (builtIn != null) {
            builtIn.close();
        }
        for (TrueTypeCollection collection : collections.values()) {
            collection.close();
        }
        collections.clear();
    }
}
