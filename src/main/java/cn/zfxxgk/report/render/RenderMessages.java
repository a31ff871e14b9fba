package cn.zfxxgk.report.render;

import cn.zfxxgk.report.problem.Message;

/** The renderers' common messages, in English and Chinese. */
final class RenderMessages {

    private RenderMessages() {
    }

    static Message notMade(String reason) {
        return Message.of("documents-not-made", "the documents could not be made: " + reason + "; expected templates "
                + "that are well-formed XHTML and a .docx", "无法生成文档（" + reason + "）；模板应为格式正确的 XHTML 和 .docx");
    }
}
