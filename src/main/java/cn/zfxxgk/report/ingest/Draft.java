package cn.zfxxgk.report.ingest;

import cn.zfxxgk.report.model.FormatVersion;
import cn.zfxxgk.report.model.Table;
import cn.zfxxgk.report.model.TableKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A report as found in a published file, before the agency and year are settled: what the YAML will hold.
 *
 * @param title the printed title lines (empty when the report prints none)
 * @param titleText the title to read the agency and year from: the printed one, else the file's metadata title
 */
record Draft(
        FormatVersion format,
        List<String> title,
        String titleText,
        List<String> preamble,
        List<DraftSection> sections,
        Map<TableKind, Table> tables,
        DraftSignature signature) {

    /** A section: heading as printed, its paragraphs, the table it shows (or null). */
    record DraftSection(String heading, List<String> paragraphs, TableKind table) {}

    /** The signature block: agency and date may each be absent (null). */
    record DraftSignature(String agency, LocalDate date, boolean ownPage) {}
}
