package cn.zfxxgk.report.serve;

import cn.zfxxgk.report.problem.Message;

/** What the preview page says, in English and Chinese. */
final class ServeMessages {

    private ServeMessages() {}

    static Message title(String file) {
        return Message.of("serve-title", "Preview of " + file, file + " 预览");
    }

    static Message problems() {
        return Message.of("serve-problems", "Problems", "问题");
    }

    static Message noProblems() {
        return Message.of("serve-no-problems", "No problems found.", "没有发现问题。");
    }

    static Message rendering() {
        return Message.of("serve-rendering", "Rendering…", "正在生成……");
    }

    static Message stale() {
        return Message.of(
                "serve-stale",
                "This render failed; the documents shown are those of the last good render.",
                "本次生成失败；下面显示的是上一次成功生成的文档。");
    }

    static Message typesetting() {
        return Message.of(
                "serve-typesetting",
                "Typesetting the PDF again: the pages below are the last ones.",
                "正在重新排版 PDF：下面是上一次的页面。");
    }

    static Message nothingYet() {
        return Message.of("serve-nothing", "No document yet: fix the problems above and save.", "还没有生成文档：请改正上面的问题后保存。");
    }

    static Message html() {
        return Message.of("serve-html", "HTML", "HTML");
    }

    static Message pdf(int pages) {
        return Message.of("serve-pdf", "PDF (" + pages + (pages == 1 ? " page)" : " pages)"), "PDF（共 " + pages + " 页）");
    }

    static Message page(int number) {
        return Message.of("serve-page", "PDF page " + number, "PDF 第 " + number + " 页");
    }
}
