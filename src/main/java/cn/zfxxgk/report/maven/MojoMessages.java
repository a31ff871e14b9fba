package cn.zfxxgk.report.maven;

import cn.zfxxgk.report.problem.Message;

/** What the Maven plugin logs besides the problems, in English and Chinese. */
final class MojoMessages {

    private MojoMessages() {}

    static Message upToDate(String report) {
        return Message.of("build-up-to-date", report + " is up to date, not rendered again", report + " 没有变化，未重新生成");
    }

    static Message wrote(String file) {
        return Message.of("wrote", "wrote " + file, "已写出 " + file);
    }

    static Message removed(String file) {
        return Message.of("build-removed", "removed " + file + ": its report is gone", "已删除 " + file + "：它的报告已不存在");
    }

    static Message noReports(String directory) {
        return Message.of("no-reports", "No report files in " + directory + ".", directory + " 中没有报告文件。");
    }

    static Message checked(int files, long errors, long warnings, long infos) {
        return Message.of(
                "build-checked",
                files + (files == 1 ? " report" : " reports") + " checked: " + errors
                        + (errors == 1 ? " error, " : " errors, ") + warnings
                        + (warnings == 1 ? " warning, " : " warnings, ")
                        + infos + (infos == 1 ? " info" : " infos"),
                "已检查 " + files + " 份报告：错误 " + errors + " 个，警告 " + warnings + " 个，提示 " + infos + " 个");
    }

    static Message failed(int errors) {
        return Message.of(
                "build-failed",
                errors + (errors == 1 ? " problem" : " problems") + " in the reports",
                "报告中有 " + errors + " 个问题");
    }
}
