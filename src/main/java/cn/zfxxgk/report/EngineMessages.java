package cn.zfxxgk.report;

import cn.zfxxgk.report.problem.Message;

/** The engine's own messages about writing a report's documents, in English and Chinese. */
final class EngineMessages {

    private EngineMessages() {}

    static Message notWritten(String reason) {
        return Message.of(
                "documents-not-written",
                "the documents cannot be written (" + reason + "), and none was; "
                        + "expected a writable output directory (choose another with --output)",
                "无法写出文档（" + reason + "），一份也没有写；输出目录应可写（可用 --output 另选目录）");
    }

    static Message notRestored(String reason, String documents) {
        return Message.of(
                "documents-not-restored",
                "the documents cannot be written (" + reason + "), and "
                        + documents
                        + " could not be put back as they were; expected a writable output directory (check those "
                        + "files, or choose another directory with --output)",
                "无法写出文档（" + reason + "），且 " + documents + " 未能恢复原样；输出目录应可写（请检查这些文件，或用 --output 另选目录）");
    }

    static Message fault(String what) {
        return Message.of(
                "internal-error",
                "internal error: " + what + "; this is a fault of gen, not of the report, "
                        + "and none of its documents was written (gen --verbose prints the details)",
                "内部错误：" + what + "；这是 gen 的缺陷，不是报告的问题，它的文档一份也没有写（gen --verbose 可显示详情）");
    }

    static Message overwritesTemplate(String template) {
        return Message.of(
                "documents-overwrite-template",
                "its document would overwrite the template " + template
                        + ", so none is written; expected an output directory that is not the template directory (choose "
                        + "another with --output)",
                "它的文档会覆盖模板 " + template + "，因此一份也没有写；输出目录不应是模板目录（可用 " + "--output 另选目录）");
    }

    static Message collision(String documents, String others) {
        return Message.of(
                "documents-collide",
                "its documents " + documents + " would be overwritten by those of "
                        + others
                        + ", so none is written; expected report files with different names (rename one, or give each "
                        + "its own --output directory)",
                "它的文档 " + documents + " 会被 " + others + " 的文档覆盖，因此都没有写；" + "报告文件名应互不相同（请改名其一，或分别用 --output 指定输出目录）");
    }

    static Message sourceDateEpoch(String value, long last) {
        return Message.of(
                "source-date-epoch",
                ReportEngine.SOURCE_DATE_EPOCH + " '" + value + "' is not a date the "
                        + "documents can carry; expected whole seconds since 1970-01-01 UTC, at most " + last
                        + " (the end of the "
                        + "year 9999), or no " + ReportEngine.SOURCE_DATE_EPOCH + " at all",
                ReportEngine.SOURCE_DATE_EPOCH + "“"
                        + value + "”不是文档能记录的日期；应为自 1970-01-01 UTC 起的整秒数，最大 " + last + "（9999 年末），或不设置 "
                        + ReportEngine.SOURCE_DATE_EPOCH);
    }
}
