package cn.zfxxgk.report.model;

import java.util.List;

/**
 * One numbered part of the report, with its heading exactly as written ({@code 一、总体情况}, {@code 1、 工作概述}),
 * its paragraphs, and the table it shows, if any ({@code null} when none). Paragraphs come before the table.
 */
public record Section(Text heading, List<Text> paragraphs, TableKind table) {

    public Section {
        paragraphs = List.copyOf(paragraphs);
    }
}
