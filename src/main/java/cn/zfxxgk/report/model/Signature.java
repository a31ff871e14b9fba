package cn.zfxxgk.report.model;

import java.time.LocalDate;

/**
 * The 发文机关署名 and 成文日期 at the end of the report. Either may be absent ({@code null}); with {@code ownPage} the
 * block stands on a page of its own headed （此页无正文）.
 */
public record Signature(Text agency, LocalDate date, Position dateAt, boolean ownPage) {}
