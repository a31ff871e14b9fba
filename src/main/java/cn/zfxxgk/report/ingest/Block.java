package cn.zfxxgk.report.ingest;

/** A paragraph or a table of a published report, in reading order. */
public sealed interface Block permits SourceParagraph, SourceTable {

    /** Where the block starts in the file. */
    Origin at();
}
