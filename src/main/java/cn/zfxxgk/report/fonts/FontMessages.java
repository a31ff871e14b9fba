package cn.zfxxgk.report.fonts;

import cn.zfxxgk.report.problem.Message;
import java.util.List;

/** Messages about fonts, in English and Chinese: the font roles of {@code fonts.properties} and lost characters. */
final class FontMessages {

    private FontMessages() {}

    static Message notARoleLine(String line, List<String> roles) {
        return Message.of(
                "fonts-line",
                "'" + line + "' is not a font role line; expected 'role = family, family, …' " + "with a role among "
                        + String.join(", ", roles),
                "“" + line + "”不是字体角色行；应为“角色 = 字体族, 字体族, …”，" + "角色为以下之一：" + String.join("、", roles));
    }

    static Message unsafeFamily(String name) {
        return Message.of(
                "fonts-family",
                "font family '" + name + "' contains a character a family name cannot have; "
                        + "expected a name such as 仿宋_GB2312 or AR PL SungtiL GB",
                "字体族“" + name + "”含有字体名中不能有的字符；" + "应为 仿宋_GB2312 或 AR PL SungtiL GB 这样的名称");
    }

    static Message roleMissing(String role) {
        return Message.of(
                "fonts-role-missing",
                "font role '" + role + "' is missing; expected a line '" + role + " = family, family, …'",
                "缺少字体角色“" + role + "”；应有一行“" + role + " = 字体族, 字体族, …”");
    }

    static Message notInFonts(int c, boolean fixedText, List<FontRole> roles, List<String> faces) {
        String character = new String(Character.toChars(c));
        String u = String.format("U+%04X", c);
        String en = String.join(" and ", roles.stream().map(FontRole::key).toList());
        String zh = String.join("、", roles.stream().map(FontRole::chinese).toList());
        return Message.of(
                "font-missing-character",
                "character '" + character + "' (" + u + ")" + (fixedText ? " of the template's fixed text" : "")
                        + " is in none of the fonts for " + en + " text ("
                        + String.join(", ", faces)
                        + "); expected a character these fonts have, or a font that has it, given "
                        + "with --font",
                (fixedText ? "模板固定文字中的" : "") + "字符“" + character + "”（" + u + "）不在" + zh + "文字所用的任何字体中（"
                        + String.join("、", faces) + "）；应为这些字体含有的字符，或用 --font 给出含有它的字体");
    }

    static Message notInFamilies(int c, boolean fixedText, List<String> families) {
        String character = new String(Character.toChars(c));
        String u = String.format("U+%04X", c);
        return Message.of(
                "font-missing-character",
                "character '" + character + "' (" + u + ")" + (fixedText ? " of the template's fixed text" : "")
                        + " is in none of the fonts the template gives it ("
                        + String.join(", ", families) + "); expected a character these fonts have, or a font family of "
                        + FontRoles.FILE + " in the template's font-family, or a font that has it, given with --font",
                (fixedText ? "模板固定文字中的" : "") + "字符“" + character + "”（" + u + "）不在模板为它指定的任何字体中（"
                        + String.join("、", families) + "）；应为这些字体含有的字符，或在模板的 font-family 中使用 " + FontRoles.FILE
                        + " 的字体，或用 --font 给出含有它的字体");
    }

    // ---- notices: a font that cannot be used, and what is used instead -------------------------------------------

    static Message pathMissing(String path, boolean exists) {
        return Message.of(
                "notice-font-path",
                "font path " + path + (exists ? " is neither a font file nor a directory" : " does not exist")
                        + "; it is ignored",
                "字体路径 " + path + (exists ? " 既不是字体文件也不是目录" : " 不存在") + "；已忽略");
    }

    static Message directoryUnreadable(String path, String reason) {
        return Message.of(
                "notice-font-path",
                "font directory " + path + " cannot be read (" + reason + "); it is " + "ignored",
                "无法读取字体目录 " + path + "（" + reason + "）；已忽略");
    }

    static Message fileUnreadable(String path, String reason) {
        return Message.of(
                "notice-font-unreadable",
                "font file " + path + " cannot be read (" + reason + "); it is " + "skipped",
                "无法读取字体文件 " + path + "（" + reason + "）；已跳过");
    }

    static Message cff(String family, String path) {
        return Message.of(
                "notice-font-cff",
                "font '" + family + "' in " + path + " has CFF outlines, which PDF output "
                        + "cannot embed; it is skipped",
                path + " 中的字体“" + family + "”是 CFF 轮廓，PDF 无法嵌入；已跳过");
    }

    static Message damaged(String face, String path, int c, boolean skipped) {
        String character = new String(Character.toChars(c));
        String u = String.format("U+%04X", c);
        return Message.of(
                "notice-font-damaged",
                "font " + face + " in " + path + " is damaged (its glyph for '" + character + "' (" + u
                        + ") has no outline); it is " + (skipped ? "skipped" : "not used"),
                path + " 中的字体 " + face + " 已损坏（字符“" + character + "”（" + u + "）的字形没有轮廓）；" + (skipped ? "已跳过" : "不再使用"));
    }

    static Message fallback(List<FontRole> roles, String builtIn) {
        return Message.of(
                "notice-font-fallback",
                "none of the fonts fonts.properties lists for "
                        + String.join(", ", roles.stream().map(FontRole::key).toList()) + " text is installed here; "
                        + builtIn + " (built in) "
                        + "draws it instead (install the fonts, or give them with --font)",
                "本机没有安装 fonts.properties 为"
                        + String.join("、", roles.stream().map(FontRole::chinese).toList()) + "文字列出的任何字体；改用内置的 "
                        + builtIn + "（请安装这些字体，或用 --font 给出）");
    }
}
