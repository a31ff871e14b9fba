package cn.zfxxgk.report.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.zfxxgk.report.problem.Language;
import cn.zfxxgk.report.problem.Message;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A locale asked for but not installed is named, with what to do; an installed one, or no UTF-8 asked, is not. */
class ConsoleEncodingTest {

    @Test
    void aMissingUtf8LocaleIsNamedWithWhatToDo() {
        Message message = ConsoleEncoding.problem(Map.of("LANG", "zh_CN.UTF-8"), "ANSI_X3.4-1968")
                .orElseThrow();
        assertEquals("locale-missing", message.code());
        assertEquals(
                "gen: notice: the locale zh_CN.UTF-8 is not installed on this machine, so Java reads Chinese file "
                        + "names and arguments as '?'; expected an installed locale: run with LANG=C.UTF-8 (add --lang zh for "
                        + "Chinese messages) or install it (Debian: locale-gen zh_CN.UTF-8)",
                CliMessages.notice(message).in(Language.EN));
        assertEquals(
                "gen：提示：本机没有安装区域设置 zh_CN.UTF-8，Java 会把中文文件名和参数读成“?”；应使用已安装的区域设置：用 "
                        + "LANG=C.UTF-8 运行（中文提示加 --lang zh），或安装该区域设置（Debian：locale-gen zh_CN.UTF-8）",
                CliMessages.notice(message).in(Language.ZH));
    }

    @Test
    void lcAllWinsOverLang() {
        assertEquals(
                Optional.empty(),
                ConsoleEncoding.problem(Map.of("LC_ALL", "C", "LANG", "zh_CN.UTF-8"), "ANSI_X3.4-1968"));
        assertEquals(
                "locale-missing",
                ConsoleEncoding.problem(Map.of("LC_ALL", "zh_CN.utf8", "LANG", "C"), "ANSI_X3.4-1968")
                        .orElseThrow()
                        .code());
    }

    @Test
    void anInstalledLocaleOrNoUtf8AskedIsLeftAlone() {
        assertEquals(Optional.empty(), ConsoleEncoding.problem(Map.of("LANG", "zh_CN.UTF-8"), "UTF-8"));
        assertEquals(Optional.empty(), ConsoleEncoding.problem(Map.of("LANG", "zh_CN.GBK"), "ANSI_X3.4-1968"));
        assertEquals(Optional.empty(), ConsoleEncoding.problem(Map.of(), "ANSI_X3.4-1968"));
    }
}
