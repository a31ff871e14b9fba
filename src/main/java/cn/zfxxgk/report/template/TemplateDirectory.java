package cn.zfxxgk.report.template;

import cn.zfxxgk.report.files.ConfinedDirectory;
import cn.zfxxgk.report.files.InputFiles;
import cn.zfxxgk.report.model.Position;
import cn.zfxxgk.report.problem.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * The files of a template set: the editor's copies in the template directory (found without ever leaving it) before
 * the copies built into the jar. Template files that are not FreeMarker templates ({@code fonts.properties},
 * {@code report.docx}) are read here, refused before reading when they are links leading out or larger than a
 * template can be.
 */
final class TemplateDirectory {

    /** The largest text template or {@code fonts.properties} read: a template of a few KB has room for a logo. */
    static final long MAX_TEXT = 4L * 1024 * 1024;
    /** The largest Word template read: a few hundred KB is usual, a few MB with images. */
    static final long MAX_BINARY = 32L * 1024 * 1024;

    private final ConfinedDirectory directory;

    /** The editor's {@code directory}, or {@code null} for the built-in templates only. */
    TemplateDirectory(ConfinedDirectory directory) {
        this.directory = directory;
    }

    /** The editor's directory, or {@code null}. */
    ConfinedDirectory confined() {
        return directory;
    }

    /** The editor's directory as given, for messages; {@code null} when there is none. */
    String shown() {
        return directory == null ? null : directory.path().toString();
    }

    /** The text of {@code name}, the editor's copy when there is one, else built-in. */
    String text(String name) throws TemplateFailure {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    /**
     * The bytes of {@code name} (such as {@code report.docx}): the editor's copy when there is one, else built-in. The
     * editor's copy must be a regular file inside the template directory (a link leading out is refused, and what it
     * points at is neither read nor named) and no larger than a template can be.
     */
    byte[] bytes(String name) throws TemplateFailure {
        boolean word = name.endsWith(".docx");
        long limit = word ? MAX_BINARY : MAX_TEXT;
        try {
            Optional<Path> edited = editorsCopy(name);
            if (edited.isPresent()) {
                return InputFiles.read(edited.get(), limit);
            }
            byte[] builtIn = builtIn(name);
            if (builtIn == null) {
                throw failure(name, TemplateMessages.fileNotFound(name), null);
            }
            return builtIn;
        } catch (InputFiles.Refused e) {
            String size = InputFiles.describeSize(limit);
            throw failure(
                    name,
                    switch (e.refusal()) {
                        case MISSING ->
                            TemplateMessages.refused("disappeared while it was read", "在读取时消失了", word, size);
                        case NOT_A_FILE -> TemplateMessages.refused("is not a regular file", "不是普通文件", word, size);
                        case TOO_LARGE ->
                            TemplateMessages.refused(
                                    "is " + InputFiles.describeSize(e.size()) + " large",
                                    "大小为 " + InputFiles.describeSize(e.size()),
                                    word,
                                    size);
                    },
                    e);
        } catch (ConfinedDirectory.Outside e) {
            throw failure(name, TemplateMessages.linkOutside(shown()), e);
        } catch (IOException e) {
            throw failure(name, TemplateMessages.unreadable(e.getMessage()), e);
        }
    }

    /** The built-in copy of {@code name}, or {@code null}. */
    static byte[] builtIn(String name) throws IOException {
        try (InputStream in = TemplateDirectory.class.getClassLoader().getResourceAsStream("templates/" + name)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    /** Whether the editor's copy of {@code name} is byte for byte the built-in one. */
    static boolean isBuiltIn(Path file, String name) throws IOException {
        byte[] builtIn = builtIn(name);
        return builtIn != null && Arrays.equals(InputFiles.read(file, MAX_BINARY), builtIn);
    }

    /** The editor's copy of {@code name}, when the template directory has one. */
    Optional<Path> editorsCopy(String name) throws IOException {
        return directory == null ? Optional.empty() : directory.find(name);
    }

    /** Where {@code name} comes from, as shown in messages. */
    String displayName(String name) {
        try {
            Optional<Path> edited = editorsCopy(name);
            if (edited.isPresent()) {
                return edited.get().toString();
            }
        } catch (IOException e) {
            return directory.path().resolve(name).normalize().toString(); // refused when it is read
        }
        return "built-in templates/" + name;
    }

    private TemplateFailure failure(String name, cn.zfxxgk.report.problem.Message message, Throwable cause) {
        return new TemplateFailure(Problem.error(displayName(name), Position.NONE, message), cause);
    }
}
