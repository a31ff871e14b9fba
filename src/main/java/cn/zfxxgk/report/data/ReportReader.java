package cn.zfxxgk.report.data;

import cn.zfxxgk.report.form.Labels;
import cn.zfxxgk.report.form.OfficialForm;
import cn.zfxxgk.report.form.StandardTitle;
import cn.zfxxgk.report.model.AgencyKind;
import cn.zfxxgk.report.model.FormatVersion;
import cn.zfxxgk.report.model.InformationFee;
import cn.zfxxgk.report.model.Position;
import cn.zfxxgk.report.model.Report;
import cn.zfxxgk.report.model.ReportFacts;
import cn.zfxxgk.report.model.Section;
import cn.zfxxgk.report.model.Signature;
import cn.zfxxgk.report.model.Table;
import cn.zfxxgk.report.model.TableKind;
import cn.zfxxgk.report.model.Text;
import cn.zfxxgk.report.problem.Problems;
import cn.zfxxgk.report.problem.Suggestions;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the whole report from the root mapping: the structure keys ({@code format}, {@code agency}, {@code year},
 * {@code title}, {@code preamble}, {@code sections}, {@code signature}) and the three tables under their Chinese keys.
 */
final class ReportReader {

    static final List<String> TOP_KEYS = List.of(
            "format",
            "agency",
            "year",
            "title",
            "preamble",
            "sections",
            TableKind.ACTIVE.key(),
            TableKind.APPLICATIONS.key(),
            TableKind.REVIEWS.key(),
            "signature",
            "agency_kind",
            "published",
            "information_fee",
            "previous",
            "units");
    private static final List<String> FEE_KEYS = List.of("charged", "cases", "amount_yuan");
    private static final Pattern NON_NEGATIVE = Pattern.compile("\\d+(\\.\\d+)?");
    private static final List<String> SECTION_KEYS = List.of("heading", "text", "table");
    private static final List<String> SIGNATURE_KEYS = List.of("agency", "date", "own_page");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern CHINESE_DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    /** The longest title line, heading or name: a line, not a page. */
    static final int MAX_LINE = 200;
    /**
     * The longest paragraph: about 16 pages of body text. Typesetting time grows with a paragraph's length, so a
     * megabyte pasted into one line would hold the run for a minute; no report has such a paragraph.
     */
    static final int MAX_PARAGRAPH = 10_000;
    /** How many years after the report's year a signature date may fall without a warning. */
    static final int MAX_YEARS_TO_SIGN = 2;

    private static final DataMessages.Term PREAMBLE = new DataMessages.Term("preamble", "导语（preamble）");
    private static final DataMessages.Term TITLE = new DataMessages.Term("title", "标题（title）");
    private static final DataMessages.Term UNITS = new DataMessages.Term("units", "下级单位报告（units）");
    private static final DataMessages.Term TEXT = new DataMessages.Term("text", "正文（text）");

    private final Problems problems;
    private final String[] lines;
    private final TableReader tables;

    ReportReader(Problems problems, String text) {
        this.problems = problems;
        this.lines = text.split("\r\n|\r|\n", -1);
        this.tables = new TableReader(problems);
    }

    /**
     * What was read: the report (absent when any error was found: all of them are in the problems), and the form and
     * the tables that could be read whatever else is wrong, so that their 勾稽 rules are checked all the same.
     */
    record Reading(Optional<Report> report, Optional<FormatVersion> format, Map<TableKind, Table> tables) {}

    /** Reads the report at {@code root}. */
    Reading read(Node root) {
        Optional<Mapping> top = Mapping.of(root, DataMessages.FILE, problems);
        if (top.isEmpty()) {
            return new Reading(Optional.empty(), Optional.empty(), Map.of());
        }
        Mapping m = top.get();
        Optional<FormatVersion> format = format(m);
        Optional<Text> agency = requiredText(m, "agency", DataMessages.AGENCY);
        Optional<Integer> year = year(m);
        List<Text> title = title(m, agency, year);
        List<Text> preamble =
                m.take("preamble").map(n -> paragraphs(n, PREAMBLE, false)).orElse(List.of());
        Map<TableKind, Table> tablesRead = new EnumMap<>(TableKind.class);
        Map<TableKind, Position> tablesGiven = new EnumMap<>(TableKind.class);
        for (TableKind kind : TableKind.values()) {
            m.entry(kind.key()).ifPresent(entry -> {
                tablesGiven.put(kind, entry.at());
                format.ifPresent(f -> table(kind, entry, OfficialForm.of(f)).ifPresent(t -> tablesRead.put(kind, t)));
            });
        }
        List<Section> sections = sections(m, tablesGiven);
        Signature signature = m.take("signature").flatMap(this::signature).orElse(null);
        if (signature != null && signature.date() != null && year.isPresent()) {
            checkSigned(signature, year.get());
        }
        ReportFacts facts = facts(m);
        m.rejectUnknown(null, TOP_KEYS);
        if (problems.hasErrors()) {
            return new Reading(Optional.empty(), format, Map.copyOf(tablesRead));
        }
        return new Reading(
                Optional.of(new Report(
                        format.orElseThrow(),
                        agency.orElseThrow(),
                        year.orElseThrow(),
                        title,
                        preamble,
                        sections,
                        tablesRead,
                        signature,
                        facts)),
                format,
                Map.copyOf(tablesRead));
    }

    private Optional<FormatVersion> format(Mapping m) {
        Optional<Node> node = m.take("format");
        if (node.isEmpty()) {
            m.missing("format", DataMessages.formatMissing());
            return Optional.empty();
        }
        Optional<String> text = Nodes.text(node.get(), DataMessages.Term.key("format"), problems);
        for (FormatVersion version : FormatVersion.values()) {
            if (text.isPresent() && version.code().equals(text.get().strip())) {
                return Optional.of(version);
            }
        }
        text.ifPresent(t -> problems.error(Nodes.position(node.get()), DataMessages.formatUnknown(t)));
        return Optional.empty();
    }

    private Optional<Integer> year(Mapping m) {
        Optional<Text> text = requiredText(m, "year", DataMessages.YEAR);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String value = text.get().value();
        if (!YEAR.matcher(value).matches() || Integer.parseInt(value) < 2008 || Integer.parseInt(value) > 2100) {
            problems.error(text.get().at(), DataMessages.yearInvalid(value));
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(value));
    }

    private Optional<Text> requiredText(Mapping m, String key, DataMessages.Expected expected) {
        Optional<Node> node = m.take(key);
        if (node.isEmpty()) {
            m.missing(key, DataMessages.keyMissing(key, expected));
            return Optional.empty();
        }
        if (Nodes.isEmpty(node.get())) {
            problems.error(Nodes.position(node.get()), DataMessages.keyEmpty(key, expected));
            return Optional.empty();
        }
        DataMessages.Term what = key.equals("heading") ? DataMessages.HEADING : DataMessages.Term.key(key);
        return Nodes.text(node.get(), what, problems)
                .map(t -> new Text(t.strip(), Nodes.position(node.get())))
                .filter(t -> fits(t, MAX_LINE, what));
    }

    /** Whether {@code text} is within {@code limit} characters; an error at its place when it is not. */
    private boolean fits(Text text, int limit, DataMessages.Term what) {
        int length = text.value().codePointCount(0, text.value().length());
        if (length <= limit) {
            return true;
        }
        problems.error(text.at(), DataMessages.tooLong(what, length, limit, limit == MAX_PARAGRAPH));
        return false;
    }

    /** The printed title lines: as written; none for {@code title: []}; a default line when the key is absent. */
    private List<Text> title(Mapping m, Optional<Text> agency, Optional<Integer> year) {
        Optional<Node> node = m.take("title");
        if (node.isEmpty()) {
            if (agency.isEmpty() || year.isEmpty()) {
                return List.of();
            }
            return List.of(new Text(
                    StandardTitle.of(agency.get().value(), year.get()),
                    agency.get().at()));
        }
        if (Nodes.isEmpty(node.get())) {
            return List.of();
        }
        return paragraphs(node.get(), TITLE, true);
    }

    private Optional<Table> table(TableKind kind, Mapping.Entry entry, OfficialForm form) {
        Optional<Mapping> mapping = Mapping.of(entry.value(), DataMessages.Term.same(kind.key()), problems);
        if (mapping.isEmpty()) {
            return Optional.empty();
        }
        return switch (kind) {
            case ACTIVE -> tables.active(mapping.get(), form.active());
            case APPLICATIONS -> tables.applications(mapping.get(), form.applications());
            case REVIEWS -> tables.reviews(mapping.get());
        };
    }

    private List<Section> sections(Mapping m, Map<TableKind, Position> tablesGiven) {
        Optional<Node> node = m.take("sections");
        if (node.isEmpty()) {
            m.missing("sections", DataMessages.sectionsMissing());
            return List.of();
        }
        if (!(node.get() instanceof SequenceNode sequence)) {
            problems.error(Nodes.position(node.get()), DataMessages.sectionsNotList(Nodes.describe(node.get())));
            return List.of();
        }
        List<Section> sections = new ArrayList<>();
        Map<TableKind, Position> shown = new EnumMap<>(TableKind.class);
        for (Node item : sequence.getValue()) {
            section(item, tablesGiven, shown).ifPresent(sections::add);
        }
        tablesGiven.forEach((kind, at) -> {
            if (!shown.containsKey(kind)) {
                problems.warning(at, DataMessages.tableNotShown(kind.key()));
            }
        });
        return sections;
    }

    private Optional<Section> section(Node item, Map<TableKind, Position> tablesGiven, Map<TableKind, Position> shown) {
        Optional<Mapping> mapping = Mapping.of(item, DataMessages.SECTION, problems);
        if (mapping.isEmpty()) {
            return Optional.empty();
        }
        Mapping s = mapping.get();
        Optional<Text> heading = requiredText(s, "heading", DataMessages.SECTION_HEADING);
        List<Text> paragraphs =
                s.take("text").map(n -> paragraphs(n, TEXT, false)).orElse(List.of());
        TableKind table = s.entry("table")
                .flatMap(entry -> tableReference(entry, tablesGiven, shown))
                .orElse(null);
        s.rejectUnknown(DataMessages.SECTION, SECTION_KEYS);
        return heading.map(h -> new Section(h, paragraphs, table));
    }

    private Optional<TableKind> tableReference(
            Mapping.Entry entry, Map<TableKind, Position> tablesGiven, Map<TableKind, Position> shown) {
        Optional<String> name = Nodes.text(entry.value(), DataMessages.Term.key("table"), problems)
                .map(String::strip);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Position at = Nodes.position(entry.value());
        TableKind kind = TableKind.byKey(name.get());
        List<String> names =
                Arrays.stream(TableKind.values()).map(TableKind::key).toList();
        if (kind == null) {
            problems.error(
                    at,
                    DataMessages.tableUnknown(
                            name.get(),
                            Suggestions.closest(name.get(), names, Labels::key).orElse(null),
                            names));
            return Optional.empty();
        }
        if (!tablesGiven.containsKey(kind)) {
            problems.error(at, DataMessages.tableAbsent(kind.key()));
            return Optional.empty();
        }
        Position earlier = shown.putIfAbsent(kind, at);
        if (earlier != null) {
            problems.error(at, DataMessages.tableShownTwice(kind.key(), earlier.line()));
            return Optional.empty();
        }
        return Optional.of(kind);
    }

    /** A report is signed in its year or soon after (usually the next January); far from it is a slip. */
    private void checkSigned(Signature signature, int year) {
        int signed = signature.date().getYear();
        if (signed < year || signed > year + MAX_YEARS_TO_SIGN) {
            problems.warning(
                    signature.dateAt(),
                    DataMessages.signedFarFromYear(signature.date().toString(), year, MAX_YEARS_TO_SIGN));
        }
    }

    private Optional<Signature> signature(Node node) {
        Optional<Mapping> mapping = Mapping.of(node, DataMessages.SIGNATURE, problems);
        if (mapping.isEmpty()) {
            return Optional.empty();
        }
        Mapping s = mapping.get();
        Text agency = s.take("agency")
                .filter(n -> !Nodes.isEmpty(n))
                .flatMap(n -> Nodes.text(n, DataMessages.SIGNATURE_AGENCY, problems)
                        .map(t -> new Text(t.strip(), Nodes.position(n))))
                .filter(t -> fits(t, MAX_LINE, DataMessages.SIGNATURE_AGENCY))
                .orElse(null);
        Optional<Node> dateNode = s.take("date").filter(n -> !Nodes.isEmpty(n));
        LocalDate date =
                dateNode.flatMap(n -> date(n, DataMessages.SIGNATURE_DATE)).orElse(null);
        boolean ownPage = s.take("own_page").map(this::bool).orElse(false);
        s.rejectUnknown(DataMessages.SIGNATURE, SIGNATURE_KEYS);
        return Optional.of(
                new Signature(agency, date, dateNode.map(Nodes::position).orElse(s.at()), ownPage));
    }

    /** The optional keys the reviewers' rules read: {@code agency_kind}, {@code published}, {@code information_fee}, {@code previous}, {@code units}. */
    private ReportFacts facts(Mapping m) {
        AgencyKind kind = null;
        Position kindAt = Position.NONE;
        Optional<Node> kindNode = m.take("agency_kind").filter(n -> !Nodes.isEmpty(n));
        if (kindNode.isPresent()) {
            kindAt = Nodes.position(kindNode.get());
            Optional<String> text = Nodes.text(kindNode.get(), DataMessages.Term.key("agency_kind"), problems)
                    .map(String::strip);
            kind = text.flatMap(AgencyKind::byKey).orElse(null);
            if (text.isPresent() && kind == null) {
                problems.error(
                        kindAt,
                        DataMessages.agencyKindUnknown(
                                text.get(),
                                Arrays.stream(AgencyKind.values())
                                        .map(AgencyKind::key)
                                        .toList()));
            }
        }
        Optional<Node> publishedNode = m.take("published").filter(n -> !Nodes.isEmpty(n));
        LocalDate published =
                publishedNode.flatMap(n -> date(n, DataMessages.PUBLISHED)).orElse(null);
        InformationFee fee = m.take("information_fee")
                .filter(n -> !Nodes.isEmpty(n))
                .flatMap(this::fee)
                .orElse(null);
        Optional<Node> previousNode = m.take("previous").filter(n -> !Nodes.isEmpty(n));
        String previous = previousNode
                .flatMap(n -> Nodes.text(n, DataMessages.Term.key("previous"), problems))
                .map(String::strip)
                .orElse(null);
        return new ReportFacts(
                kind,
                kindAt,
                published,
                publishedNode.map(Nodes::position).orElse(Position.NONE),
                fee,
                previous,
                previousNode.map(Nodes::position).orElse(Position.NONE),
                units(m));
    }

    /** {@code units:}, the files of a 汇总's units: a list, or a block with one file a line. */
    private List<Text> units(Mapping m) {
        return m.take("units")
                .filter(n -> !Nodes.isEmpty(n))
                .map(n -> paragraphs(n, UNITS, true))
                .orElse(List.of());
    }

    private Optional<InformationFee> fee(Node node) {
        Optional<Mapping> mapping = Mapping.of(node, DataMessages.Term.key("information_fee"), problems);
        if (mapping.isEmpty()) {
            return Optional.empty();
        }
        Mapping f = mapping.get();
        Boolean charged = f.take("charged")
                .flatMap(n -> Nodes.text(n, DataMessages.Term.key("charged"), problems)
                        .map(String::strip)
                        .flatMap(t -> {
                            if (t.equals("true") || t.equals("false")) {
                                return Optional.of(Boolean.parseBoolean(t));
                            }
                            problems.error(Nodes.position(n), DataMessages.feeValueInvalid("charged", t));
                            return Optional.empty();
                        }))
                .orElse(null);
        BigDecimal cases = f.take("cases").flatMap(n -> feeNumber(n, "cases")).orElse(null);
        BigDecimal amount =
                f.take("amount_yuan").flatMap(n -> feeNumber(n, "amount_yuan")).orElse(null);
        f.rejectUnknown(DataMessages.Term.key("information_fee"), FEE_KEYS);
        boolean any = (charged != null && charged)
                || (cases != null && cases.signum() > 0)
                || (amount != null && amount.signum() > 0);
        return Optional.of(new InformationFee(
                charged != null ? charged : any, cases == null ? null : cases.intValue(), amount, f.at()));
    }

    private Optional<BigDecimal> feeNumber(Node node, String key) {
        Optional<String> text =
                Nodes.text(node, DataMessages.Term.key(key), problems).map(String::strip);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (!NON_NEGATIVE.matcher(text.get()).matches()
                || (key.equals("cases") && text.get().contains("."))) {
            problems.error(Nodes.position(node), DataMessages.feeValueInvalid(key, text.get()));
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(text.get()));
    }

    private Optional<LocalDate> date(Node node, DataMessages.Term what) {
        Optional<String> text = Nodes.text(node, what, problems).map(String::strip);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = ISO_DATE.matcher(text.get());
        if (!m.matches()) {
            m = CHINESE_DATE.matcher(text.get());
        }
        if (m.matches()) {
            try {
                return Optional.of(LocalDate.of(
                        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
            } catch (DateTimeException e) {
                problems.error(Nodes.position(node), DataMessages.dateNotReal(what, text.get()));
                return Optional.empty();
            }
        }
        problems.error(Nodes.position(node), DataMessages.notADate(what, text.get()));
        return Optional.empty();
    }

    private boolean bool(Node node) {
        Optional<String> text =
                Nodes.text(node, DataMessages.Term.key("own_page"), problems).map(String::strip);
        if (text.isPresent() && (text.get().equals("true") || text.get().equals("false"))) {
            return Boolean.parseBoolean(text.get());
        }
        text.ifPresent(t -> problems.error(Nodes.position(node), DataMessages.ownPageInvalid(t)));
        return false;
    }

    /**
     * The paragraphs of a text: every non-blank line of a block ({@code |}) is one paragraph, and a list gives one
     * paragraph per item. Each paragraph keeps the line and column where it starts.
     */
    private List<Text> paragraphs(Node node, DataMessages.Term what, boolean title) {
        List<Text> paragraphs = new ArrayList<>();
        if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                Nodes.text(item, new DataMessages.Term(what.en() + " item", what.zh() + "中的一项"), problems)
                        .ifPresent(t -> addLines(t, (ScalarNode) item, paragraphs, title));
            }
            return paragraphs;
        }
        Nodes.text(node, what, problems).ifPresent(t -> addLines(t, (ScalarNode) node, paragraphs, title));
        return paragraphs;
    }

    private void addLines(String value, ScalarNode node, List<Text> into, boolean title) {
        Position start = Nodes.position(node);
        boolean literal = node.getScalarStyle() == DumperOptions.ScalarStyle.LITERAL;
        String[] parts = value.split("\n", -1);
        int sourceLine = start.line(); // a literal block's first line follows its '|' line
        for (String part : parts) {
            sourceLine++;
            String paragraph = part.strip();
            if (paragraph.isEmpty()) {
                continue;
            }
            Position at = literal ? lineStart(sourceLine) : start;
            Text text = new Text(paragraph, at);
            if (fits(
                    text, title ? MAX_LINE : MAX_PARAGRAPH, title ? DataMessages.TITLE_LINE : DataMessages.PARAGRAPH)) {
                into.add(text);
            }
        }
    }

    private Position lineStart(int line) {
        if (line < 1 || line > lines.length) {
            return new Position(line, 1);
        }
        String text = lines[line - 1];
        int column = 0;
        while (column < text.length() && Character.isWhitespace(text.charAt(column))) {
            column++;
        }
        return new Position(line, column + 1);
    }
}
