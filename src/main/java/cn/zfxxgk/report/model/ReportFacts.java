package cn.zfxxgk.report.model;

import java.time.LocalDate;

/**
 * What the reviewers' rules need to know beyond the printed document, each optional ({@code null} when the author did
 * not give it): the kind of office (its publication deadline), the date the report went online, the 信息处理费 of the
 * year, and last year's report.
 *
 * @param kind {@code agency_kind:}
 * @param kindAt where it was written
 * @param published {@code published:}, the date the report was put online
 * @param publishedAt where it was written
 * @param fee {@code information_fee:}
 * @param previous {@code previous:}, last year's report file as written (relative to this report's directory)
 * @param previousAt where it was written
 */
public record ReportFacts(AgencyKind kind, Position kindAt, LocalDate published, Position publishedAt,
        InformationFee fee, String previous, Position previousAt) {

    /** A report that says none of these things. */
    public static final ReportFacts NONE = new ReportFacts(null, Position.NONE, null, Position.NONE, null, null,
            Position.NONE);
}
