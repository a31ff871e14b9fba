package cn.zfxxgk.report.render;

import cn.zfxxgk.report.problem.Message;

/** The renderers' common messages, in English and Chinese. */
final class RenderMessages {

    private RenderMessages() {}

    static Message lastYearUnread(String file) {
        return Message.of(
                "last-year-unread",
                "last year's report " + file + " cannot be read, so the 图解 shows this "
                        + "year's numbers alone; expected a report file that 'gen check " + file + "' passes",
                "上年报告 " + file + " 无法读取，图解只列本年数字；应为能通过 “gen check " + file + "” 的报告文件");
    }

    static Message notMade(String reason) {
        return Message.of(
                "documents-not-made",
                "the documents could not be made: " + reason + "; expected templates "
                        + "that are well-formed XHTML and a .docx",
                "无法生成文档（" + reason + "）；模板应为格式正确的 XHTML 和 .docx");
    }
}
