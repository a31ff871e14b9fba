package cn.zfxxgk.report.ingest;

import java.util.List;

/**
 * A published report as its reader found it: every paragraph and table in reading order, site chrome included (the
 * assembler finds the report inside it), and the title the file's metadata gives, if any.
 *
 * @param metadataTitle the HTML {@code <title>}, the DOCX or PDF document title, or empty
 * @param invisible how many invisible characters (zero-width spaces, byte-order marks) the reader removed
 */
public record SourceDocument(List<Block> blocks, String metadataTitle, int invisible) {

    public SourceDocument {
        blocks = List.copyOf(blocks);
    }
}
