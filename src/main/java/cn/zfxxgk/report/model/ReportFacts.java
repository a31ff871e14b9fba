package cn.zfxxgk.report.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What the reviewers' rules need to know beyond the printed document, each optional ({@code null} when the author did
 * not give it): the kind of office (its publication deadline), the date the report went online, the 信息处理费 of the
 * year, last year's report, and — for a 汇总 — the reports of its units.
 *
 * @param kind {@code agency_kind:}
 * @param kindAt where it was written
 * @param published {@code published:}, the date the report was put online
 * @param publishedAt where it was written
 * @param fee {@code information_fee:}
 * @param previous {@code previous:}, last year's report file as written (relative to this report's directory)
 * @param previousAt where it was written
 * @param units {@code units:}, the 汇总's units' report files as written (relative to this report's directory), each
 *     with its place; empty when the report names none
 */
public record ReportFacts(
        AgencyKind kind,
        Position kindAt,
        LocalDate published,
        Position publishedAt,
        InformationFee fee,
        String previous,
        Position previousAt,
        List<Text> units) {

    public ReportFacts {
        units = units == null ? List.of() : List.copyOf(units);
    }

    /** A report that says none of these things. */
    public static final ReportFacts NONE =
            new ReportFacts(null, Position.NONE, null, Position.NONE, null, null, Position.NONE, List.of());
}
