package cn.zfxxgk.report.cli;

import cn.zfxxgk.report.problem.Language;
import cn.zfxxgk.report.problem.Message;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The console's text when the locale a user asks for is not installed. On a Linux server {@code LANG=zh_CN.UTF-8}
 * without that locale generated makes the JVM fall back to ASCII: every Chinese character it prints becomes {@code ?}
 * and it reads Chinese file names and arguments as {@code ?} too, so {@code gen 巴里坤.yaml} cannot find its file. The
 * output can be mended here (written as UTF-8, which the locale asked for); the arguments cannot — the JVM decoded them
 * before any code of ours ran — so the user is told once, in a line, what to do.
 */
final class ConsoleEncoding {

    private ConsoleEncoding() {}

    /**
     * The notice to give when {@code environment} asks for UTF-8 and the JVM's own encoding ({@code nativeEncoding},
     * its {@code native.encoding}) is ASCII; empty otherwise.
     */
    static Optional<Message> problem(Map<String, String> environment, String nativeEncoding) {
        String locale = requested(environment);
        boolean ascii = nativeEncoding != null
                && (nativeEncoding.equals("ANSI_X3.4-1968") || nativeEncoding.equalsIgnoreCase("US-ASCII"));
        if (locale == null
                || !ascii
                || !locale.toUpperCase(Locale.ROOT).replace("-", "").contains("UTF8")) {
            return Optional.empty();
        }
        return Optional.of(Message.of(
                "locale-missing",
                "the locale " + locale + " is not installed on this machine, "
                        + "so Java reads Chinese file names and arguments as '?'; expected an installed locale: run with "
                        + "LANG=C.UTF-8 (add --lang zh for Chinese messages) or install it (Debian: locale-gen "
                        + locale + ")",
                "本机没有安装区域设置 " + locale + "，Java 会把中文文件名和参数读成“?”；应使用已安装的区域设置：用 LANG=C.UTF-8 "
                        + "运行（中文提示加 --lang zh），或安装该区域设置（Debian：locale-gen " + locale + "）"));
    }

    /**
     * Writes the console as UTF-8 when the locale asked for it but is missing, and says so on the error stream. Called
     * once by {@link Main} before anything is printed.
     */
    static void mendIfLocaleMissing() {
        Optional<Message> problem = problem(System.getenv(), System.getProperty("native.encoding"));
        if (problem.isEmpty()) {
            return;
        }
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        System.err.println(CliMessages.notice(problem.get()).in(Language.ofEnvironment()));
    }

    /** The locale the environment asks for, as the C library reads it: LC_ALL, then LC_CTYPE, then LANG. */
    private static String requested(Map<String, String> environment) {
        for (String name : new String[] {"LC_ALL", "LC_CTYPE", "LANG"}) {
            String value = environment.get(name);
            if (value != null && !value.isEmpty()) {
                return value;
            }
        }
        return null;
    }
}
