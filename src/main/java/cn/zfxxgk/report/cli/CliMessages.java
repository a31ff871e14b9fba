package cn.zfxxgk.report.cli;

import cn.zfxxgk.report.problem.Message;
import java.util.List;
import java.util.Locale;

/**
 * What the command line itself says, in English and Chinese: what it wrote, the summary of a batch, wrong usage it
 * finds beyond picocli's own checks, and the prefix of a notice.
 */
final class CliMessages {

    private CliMessages() {}

    private static Message of(String code, String en, String zh) {
        return Message.of(code, en, zh);
    }

    static Message wrote(String file) {
        return of("wrote", "wrote " + file, "已写出 " + file);
    }

    static Message notice(Message notice) {
        return of(notice.code(), "gen: notice: " + notice.en(), "gen：提示：" + notice.zh());
    }

    static Message internalError(String what, boolean verbose) {
        return of(
                "internal-error",
                "gen: internal error: " + what + (verbose ? "" : " (run with --verbose for details)"),
                "gen：内部错误：" + what + (verbose ? "" : "（加 --verbose 运行可看到详情）"));
    }

    static Message batch(int reports, int written, long withWarnings, List<String> failed, long millis) {
        String seconds = String.format(Locale.ROOT, "%.1f", millis / 1000.0);
        return of(
                "batch-summary",
                reports + " reports: " + written + " written (" + withWarnings + " with warnings), "
                        + failed.size() + " failed" + (failed.isEmpty() ? "" : ": " + String.join(", ", failed)) + "; "
                        + seconds + " s",
                reports + " 份报告：写出 " + written + " 份（" + withWarnings + " 份有警告），失败 "
                        + failed.size() + " 份" + (failed.isEmpty() ? "" : "：" + String.join("、", failed)) + "；用时 "
                        + seconds
                        + " 秒");
    }

    static Message progress(int done, int reports) {
        return of("batch-progress", done + "/" + reports + " reports rendered", "已生成 " + done + "/" + reports + " 份");
    }

    static Message checked(int files, long errors, long warnings) {
        return checked(files, errors, warnings, 0);
    }

    /** The summary of {@code check}; notes (a reviewer's checklist items) are counted only when there are some. */
    static Message checked(int files, long errors, long warnings, long notes) {
        return of(
                "check-summary",
                files + (files == 1 ? " file" : " files") + " checked: " + errors
                        + (errors == 1 ? " error, " : " errors, ") + warnings
                        + (warnings == 1 ? " warning" : " warnings")
                        + (notes == 0 ? "" : ", " + notes + (notes == 1 ? " note" : " notes")),
                "检查了 " + files + " 个文件：" + errors + " 个错误，" + warnings + " 个警告"
                        + (notes == 0 ? "" : "，" + notes + " 个提示"));
    }

    static Message noReports() {
        return of(
                "no-reports",
                "no report files (.yaml, .yml) in this directory; expected report files such as "
                        + "data/balikun-2023.yaml, or a directory that holds them",
                "此目录中没有报告文件（.yaml、.yml）；应为报告文件" + "（如 data/balikun-2023.yaml）或含有报告文件的目录");
    }

    static Message noTemplateDirectory(String directory, boolean exists) {
        return of(
                "usage-templates",
                "--templates " + directory + ": " + (exists ? "is not a directory" : "no such directory")
                        + "; expected a directory of templates (make one with 'gen templates export "
                        + directory + "')",
                "--templates " + directory + "：" + (exists ? "不是目录" : "目录不存在") + "；应为模板目录（可用“gen templates export "
                        + directory + "”生成）");
    }

    static Message templateLimits() {
        return of(
                "usage-template-limits",
                "--template-timeout and --template-max-output must be at least 1; expected "
                        + "seconds and megabytes such as 10 and 16",
                "--template-timeout 和 --template-max-output 至少为 1；应为" + "秒数和兆字节数，如 10 和 16");
    }

    static Message alreadyExists(String file) {
        return of(
                "init-exists",
                file + ": already exists; expected a new file name (init never overwrites a report)",
                file + "：文件已存在；应为新的文件名（init 从不覆盖已有的报告）");
    }

    static Message cannotWrite(String file, String reason) {
        return of(
                "init-unwritable",
                file + ": cannot be written (" + reason + "); expected a file name in a directory "
                        + "you can write to",
                file + "：无法写入（" + reason + "）；应为可写目录中的文件名");
    }

    static Message formatUnknown(String format) {
        return of(
                "usage-format",
                "--format '" + format + "' is not an official format; expected 2021 or 2019",
                "--format“" + format + "”不是官方格式；应为 2021 或 2019");
    }

    static Message yearInvalid(int year) {
        return of(
                "usage-year",
                "--year " + year + " is not a report year; expected a year from 2008 on, e.g. 2024",
                "--year " + year + " 不是报告年度；应为 2008 年以后的年份，如 2024");
    }

    static Message agencyEmpty() {
        return of("usage-agency", "--agency is empty; expected the agency's name", "--agency 是空的；应填写机关名称");
    }

    static Message templatesUnwritable(String directory, String reason) {
        return of(
                "templates-unwritable",
                directory + ": the templates cannot be written there (" + reason + "); "
                        + "expected a directory, or the name of a new one, that you can write to",
                directory + "：无法在此写出模板（" + reason + "）；应为可写的目录，或新目录的名称");
    }

    static Message templateKept(String file) {
        return of(
                "templates-kept",
                file + ": already exists and was edited, kept; expected --force to overwrite it",
                file + "：已存在且经过修改，予以保留；如要覆盖请加 --force");
    }

    static Message watching(String file, String templates) {
        return of(
                "watch-start",
                "watching " + file + " and "
                        + (templates == null ? "the built-in templates" : "the templates in " + templates)
                        + "; Ctrl-C stops",
                "正在监视 " + file + " 和" + (templates == null ? "内置模板" : " " + templates + " 中的模板") + "；按 Ctrl-C 停止");
    }

    static Message serving(String file, String url) {
        return of(
                "serve-start",
                "previewing " + file + " at " + url + " (this computer only); Ctrl-C stops",
                "正在预览 " + file + "：请在浏览器打开 " + url + "（仅本机可访问）；按 Ctrl-C 停止");
    }

    static Message badPort(int port) {
        return of(
                "usage-port",
                "--port " + port + ": expected a port from 0 to 65535 (0: any free port)",
                "--port " + port + "：端口应在 0 到 65535 之间（0 表示任选一个空闲端口）");
    }

    static Message portTaken(int port) {
        return of(
                "usage-port-taken",
                "--port " + port + ": the port is in use by another program; expected a free "
                        + "port (--port 0 takes any)",
                "--port " + port + "：端口已被其他程序占用；应为空闲端口（--port 0 可任选一个）");
    }
}
