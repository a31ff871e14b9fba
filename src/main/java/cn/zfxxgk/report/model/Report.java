package cn.zfxxgk.report.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One 政府信息公开工作年度报告 as its author wrote it.
 *
 * @param title the printed title lines; empty when the report has no title
 * @param tables the official tables present in the data, by kind
 * @param signature the signature block, or {@code null} when the report ends without one
 * @param facts what the reviewers' rules need beyond the document (kind of office, dates, fee, last year's file)
 */
public record Report(
        FormatVersion format,
        Text agency,
        int year,
        List<Text> title,
        List<Text> preamble,
        List<Section> sections,
        Map<TableKind, Table> tables,
        Signature signature,
        ReportFacts facts) {

    public Report {
        facts = facts == null ? ReportFacts.NONE : facts;
        title = List.copyOf(title);
        preamble = List.copyOf(preamble);
        sections = List.copyOf(sections);
        tables = Map.copyOf(tables);
    }

    /** A report that gives none of the {@link ReportFacts} (made by the engine: a skeleton, an import). */
    public Report(
            FormatVersion format,
            Text agency,
            int year,
            List<Text> title,
            List<Text> preamble,
            List<Section> sections,
            Map<TableKind, Table> tables,
            Signature signature) {
        this(format, agency, year, title, preamble, sections, tables, signature, ReportFacts.NONE);
    }

    /** The table of this kind, when the data has it. */
    public Optional<Table> table(TableKind kind) {
        return Optional.ofNullable(tables.get(kind));
    }

    /** The signature block, when the report has one. */
    public Optional<Signature> signatureBlock() {
        return Optional.ofNullable(signature);
    }
}
