package cn.zfxxgk.report.ingest;

import cn.zfxxgk.report.authoring.ReportYaml;
import cn.zfxxgk.report.data.ReportLoader;
import cn.zfxxgk.report.ingest.docx.DocxSource;
import cn.zfxxgk.report.ingest.html.HtmlSource;
import cn.zfxxgk.report.ingest.pdf.PdfSource;
import cn.zfxxgk.report.model.Cell;
import cn.zfxxgk.report.model.Position;
import cn.zfxxgk.report.model.Report;
import cn.zfxxgk.report.model.Section;
import cn.zfxxgk.report.model.Signature;
import cn.zfxxgk.report.model.Text;
import cn.zfxxgk.report.problem.Language;
import cn.zfxxgk.report.problem.Message;
import cn.zfxxgk.report.problem.Problem;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code gen import}: reads a published report (HTML, DOCX, PDF with a text layer) and writes it as a report YAML that
 * reads like the seed files and renders as it stands. The agency and year come from the title when it states them
 * plainly, else from the options; a value the source does not give is recorded as 缺失, never guessed.
 */
public final class Importer {

    /**
     * What the user states instead of the title: {@code --agency}, {@code --year} (null when not given), and the
     * language of the notes written into the YAML (the findings themselves carry both languages).
     */
    public record Options(String agency, Integer year, Language language) {}

    /** How an import ended. */
    public enum Outcome {
        /** Every cell was read: exit 0. */
        COMPLETE,
        /** Written, but something is recorded as 缺失: exit 1. */
        INCOMPLETE,
        /** Nothing written: the file cannot be imported (a .doc, a scan, no tables): exit 1. */
        REFUSED,
        /** Nothing written: the agency or year must be given: exit 2. */
        NEEDS_AGENCY_OR_YEAR
    }

    /** The outcome for one file: the YAML (absent unless written), every finding, and how it ended. */
    public record Result(String source, Optional<String> yaml, List<Finding> findings, Outcome outcome) {

        /** What the command prints for the YAML written to {@code file}: complete or not, and how many warnings. */
        public Message wrote(String file) {
            return ImportMessages.wrote(
                    file,
                    outcome == Outcome.COMPLETE,
                    findings.stream().filter(f -> !f.isError()).count());
        }
    }

    private Importer() {}

    /**
     * Imports the file named {@code fileName} (its extension chooses the reader; the content decides when it has
     * none) whose bytes are {@code bytes}; {@code source} is how messages name it.
     */
    public static Result read(byte[] bytes, String fileName, String source, Options options) {
        Findings findings = new Findings(source);
        String extension = extension(fileName);
        if (extension.equals("doc") || extension.equals("wps") || isOle(bytes)) {
            findings.error(Origin.FILE, ImportMessages.oldWordFile(extension.equals("wps") ? "wps" : "doc"));
            return refused(source, findings);
        }
        SourceReader reader = reader(extension, bytes);
        if (reader == null) {
            findings.error(Origin.FILE, ImportMessages.unknownType());
            return refused(source, findings);
        }
        SourceDocument document;
        try {
            document = reader.read(bytes, findings);
        } catch (SourceReader.Unreadable e) {
            findings.error(Origin.FILE, e.text());
            return refused(source, findings);
        }
        if (findings.hasErrors()) {
            return refused(source, findings);
        }
        if (document.invisible() > 0) {
            findings.warning(Origin.FILE, ImportMessages.invisible(document.invisible()));
        }
        Optional<Draft> draft = new ReportAssembler(findings).assemble(document);
        if (draft.isEmpty()) {
            return refused(source, findings);
        }
        String agency = options.agency() != null
                ? options.agency().strip()
                : TitleReading.agency(draft.get().titleText()).orElse(null);
        Integer year = options.year() != null
                ? options.year()
                : TitleReading.year(draft.get().titleText()).orElse(null);
        if (agency == null || year == null) {
            if (agency == null) {
                findings.error(Origin.FILE, ImportMessages.noAgency(draft.get().titleText()));
            }
            if (year == null) {
                findings.error(Origin.FILE, ImportMessages.noYear(draft.get().titleText()));
            }
            return new Result(source, Optional.empty(), findings.all(), Outcome.NEEDS_AGENCY_OR_YEAR);
        }
        Report report = report(draft.get(), agency, year);
        List<Finding> all = findings.all();
        String yaml = ReportYaml.of(
                report,
                new ReportYaml.Notes(
                        header(source, options.language()),
                        List.of(),
                        null,
                        false,
                        false,
                        trailer(all, options.language())));
        verify(yaml, source);
        boolean lost = report.tables().values().stream()
                .flatMap(t -> t.rows().values().stream())
                .flatMap(List::stream)
                .anyMatch(Cell::isLost);
        return new Result(source, Optional.of(yaml), all, lost ? Outcome.INCOMPLETE : Outcome.COMPLETE);
    }

    private static Result refused(String source, Findings findings) {
        return new Result(source, Optional.empty(), findings.all(), Outcome.REFUSED);
    }

    private static SourceReader reader(String extension, byte[] bytes) {
        return switch (extension) {
            case "html", "htm", "shtml", "xhtml" -> new HtmlSource();
            case "docx" -> new DocxSource();
            case "pdf" -> new PdfSource();
            default ->
                startsWith(bytes, "%PDF")
                        ? new PdfSource()
                        : startsWith(bytes, "PK")
                                ? new DocxSource()
                                : new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1)
                                                .toLowerCase(Locale.ROOT)
                                                .contains("<html")
                                        ? new HtmlSource()
                                        : null;
        };
    }

    private static boolean isOle(byte[] bytes) {
        return bytes.length >= 4
                && (bytes[0] & 0xFF) == 0xD0
                && (bytes[1] & 0xFF) == 0xCF
                && (bytes[2] & 0xFF) == 0x11
                && (bytes[3] & 0xFF) == 0xE0;
    }

    private static boolean startsWith(byte[] bytes, String magic) {
        byte[] m = magic.getBytes(StandardCharsets.ISO_8859_1);
        if (bytes.length < m.length) {
            return false;
        }
        for (int i = 0; i < m.length; i++) {
            if (bytes[i] != m[i]) {
                return false;
            }
        }
        return true;
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static Report report(Draft draft, String agency, int year) {
        List<Section> sections = new ArrayList<>();
        for (Draft.DraftSection s : draft.sections()) {
            sections.add(new Section(
                    text(s.heading()),
                    s.paragraphs().stream().map(Importer::text).toList(),
                    s.table()));
        }
        Signature signature = draft.signature() == null
                ? null
                : new Signature(
                        draft.signature().agency() == null
                                ? null
                                : text(draft.signature().agency()),
                        draft.signature().date(),
                        Position.NONE,
                        draft.signature().ownPage());
        return new Report(
                draft.format(),
                text(agency),
                year,
                draft.title().stream().map(Importer::text).toList(),
                draft.preamble().stream().map(Importer::text).toList(),
                sections,
                draft.tables(),
                signature);
    }

    private static Text text(String value) {
        return new Text(value, Position.NONE);
    }

    /** The comments at the top of the YAML: where it came from, and what ~ and 缺失 mean. */
    private static List<String> header(String source, Language language) {
        return List.of(
                "yaml-language-server: $schema=report.schema.json",
                ImportMessages.noteSource(source).in(language),
                ImportMessages.noteCells().in(language));
    }

    /** The comments at the end of the YAML: every finding, one a line, as the command printed it. */
    private static List<String> trailer(List<Finding> findings, Language language) {
        List<String> lines = new ArrayList<>();
        if (findings.isEmpty()) {
            lines.add(ImportMessages.noteComplete().in(language));
            return lines;
        }
        lines.add(ImportMessages.noteProblems(findings.size()).in(language));
        findings.forEach(f -> lines.add("  " + f.toString(language).replaceAll("[\\r\\n]+", " ")));
        return lines;
    }

    /** The written YAML must load as it stands; a failure is the importer's fault, not the user's. */
    private static void verify(String yaml, String source) {
        List<Problem> errors = new ReportLoader(false)
                .load(yaml.getBytes(StandardCharsets.UTF_8), source + ".yaml").problems().stream()
                        .filter(Problem::isError)
                        .toList();
        if (!errors.isEmpty()) {
            throw new IllegalStateException("the YAML imported from " + source + " does not load: " + errors);
        }
    }
}
