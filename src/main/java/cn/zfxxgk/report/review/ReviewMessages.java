package cn.zfxxgk.report.review;

import cn.zfxxgk.report.problem.Message;

/** The words of the check report's page, in English and Chinese. */
final class ReviewMessages {

    private ReviewMessages() {}

    static Message title() {
        return Message.of("review-title", "Report check results", "年度报告检查结果");
    }

    static Message summary(int files, long errors, long warnings, long infos) {
        Message counts = counts(errors, warnings, infos);
        return Message.of(
                "review-summary",
                files + (files == 1 ? " file" : " files") + ": " + counts.en(),
                files + " 个文件：" + counts.zh());
    }

    static Message counts(long errors, long warnings, long infos) {
        return Message.of(
                "review-counts",
                errors + (errors == 1 ? " error" : " errors") + ", " + warnings
                        + (warnings == 1 ? " warning" : " warnings") + ", " + infos + (infos == 1 ? " info" : " infos"),
                "错误 " + errors + " 个，警告 " + warnings + " 个，提示 " + infos + " 个");
    }

    static Message files() {
        return Message.of("review-files", "Files", "文件");
    }

    static Message clean() {
        return Message.of("review-clean", "No findings.", "未发现问题。");
    }

    static Message findings(int n) {
        return Message.of("review-findings", n + (n == 1 ? " finding" : " findings"), n + " 项");
    }

    static Message place() {
        return Message.of("review-place", "Place", "位置");
    }

    static Message finding() {
        return Message.of("review-finding", "Finding", "问题");
    }

    static Message text() {
        return Message.of("review-text", "The text there", "原文");
    }

    static Message dataChecks() {
        return Message.of("review-data", "The YAML, the official form and the 勾稽 rules", "YAML、官方表格格式与勾稽关系");
    }

    static Message rules() {
        return Message.of("review-rules", "The rules", "规则说明");
    }

    static Message ruleDoc() {
        return Message.of("review-rule-doc", "What the rule checks", "规则说明");
    }

    static Message wholeFile() {
        return Message.of("review-whole-file", "(the whole file)", "（整个文件）");
    }
}
