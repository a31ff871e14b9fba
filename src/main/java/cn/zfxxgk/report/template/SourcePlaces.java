package cn.zfxxgk.report.template;

import cn.zfxxgk.report.problem.Message;

/**
 * Where a place in FreeMarker source made from another file lies in that file, as its editor sees it: the source of a
 * Word template is made from the document's XML, so its lines and columns mean nothing to an editor, but the paragraph
 * they fall in, quoted, and the part it is in (body, header, footer) do.
 */
@FunctionalInterface
public interface SourcePlaces {

    /** {@code message} said of the place at {@code line} and {@code column} (1-based, a tab one column) of the source. */
    Message at(int line, int column, Message message);
}
