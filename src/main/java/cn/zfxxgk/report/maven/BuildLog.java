package cn.zfxxgk.report.maven;

import cn.zfxxgk.report.problem.Language;
import cn.zfxxgk.report.problem.Problem;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/** What the goals share: the language of their messages and how a problem goes into the build log. */
final class BuildLog {

    private BuildLog() {}

    /** The language {@code lang} names ({@code zh}, {@code en}), or the build machine's when it is not set. */
    static Language language(String lang) throws MojoFailureException {
        if (lang == null || lang.isBlank()) {
            return Language.ofEnvironment();
        }
        return Language.parse(lang)
                .orElseThrow(() -> new MojoFailureException(
                        "lang '" + lang + "' is not a language " + "of the messages; expected zh or en"));
    }

    /** An error as {@code [ERROR]}, a warning as {@code [WARNING]}, an info as {@code [INFO]}, each as gen check prints it. */
    static void log(Log log, Problem problem, Language language) {
        switch (problem.severity()) {
            case ERROR -> log.error(problem.toString(language));
            case WARNING -> log.warn(problem.toString(language));
            case INFO -> log.info(problem.toString(language));
        }
    }
}
