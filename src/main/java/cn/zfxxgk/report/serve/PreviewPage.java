package cn.zfxxgk.report.serve;

import static cn.zfxxgk.report.markup.XmlText.escape;

import cn.zfxxgk.report.problem.Language;
import cn.zfxxgk.report.problem.Problem;

/**
 * The page at {@code /}: the problems list, the report's HTML in a frame beside its PDF pages as images, and a small
 * script that follows {@code /events} (server-sent events; the browser reconnects by itself when the stream breaks)
 * and reloads the page when a newer version is announced. Every text that comes from the report or the user's files
 * is escaped.
 */
final class PreviewPage {

    private PreviewPage() {}

    static String write(Snapshot snapshot, String file, Language language) {
        StringBuilder out = new StringBuilder(4096);
        String title = escape(ServeMessages.title(file).in(language));
        out.append("<!DOCTYPE html>\n<html lang=\"")
                .append(language == Language.ZH ? "zh-CN" : "en")
                .append("\">\n")
                .append("<head><meta charset=\"utf-8\"><title>")
                .append(title)
                .append("</title>\n<style>")
                .append("body{font-family:sans-serif;margin:1em}")
                .append(".problems li{font-family:monospace;white-space:pre-wrap}.error{color:#a00}")
                .append(".side{display:flex;gap:1em;align-items:flex-start}.side>section{flex:1;min-width:0}")
                .append("iframe{width:100%;height:85vh;border:1px solid #999}")
                .append(".typesetting{color:#555}")
                .append(".pages img{display:block;width:100%;margin-bottom:1em;border:1px solid #999}")
                .append("</style></head>\n<body>\n<h1>")
                .append(title)
                .append("</h1>\n");
        problems(out, snapshot, language);
        if (snapshot.html != null) {
            out.append("<div class=\"side\">\n<section><h2>")
                    .append(escape(ServeMessages.html().in(language)))
                    .append("</h2><iframe src=\"/report.html?v=")
                    .append(snapshot.version)
                    .append("\" title=\"")
                    .append(title)
                    .append("\"></iframe></section>\n<section class=\"pages\"><h2>")
                    .append(escape(ServeMessages.pdf(snapshot.pages).in(language)))
                    .append("</h2>\n");
            if (snapshot.typesetting) {
                out.append("<p class=\"typesetting\">")
                        .append(escape(ServeMessages.typesetting().in(language)))
                        .append("</p>\n");
            }
            for (int page = 1; page <= snapshot.pages; page++) {
                out.append("<img src=\"/page/")
                        .append(page)
                        .append(".png?v=")
                        .append(snapshot.version)
                        .append("\" alt=\"")
                        .append(escape(ServeMessages.page(page).in(language)))
                        .append("\">\n");
            }
            out.append("</section>\n</div>\n");
        } else if (snapshot.version > 0) {
            out.append("<p>")
                    .append(escape(ServeMessages.nothingYet().in(language)))
                    .append("</p>\n");
        }
        out.append("<script>\n(function () {\n  var shown = \"")
                .append(snapshot.version)
                .append("\";\n")
                .append("  new EventSource(\"/events\").onmessage = function (event) {\n")
                .append("    if (event.data !== shown) { location.reload(); }\n  };\n})();\n</script>\n</body>\n")
                .append("</html>\n");
        return out.toString();
    }

    private static void problems(StringBuilder out, Snapshot snapshot, Language language) {
        if (snapshot.version == 0) {
            out.append("<p>")
                    .append(escape(ServeMessages.rendering().in(language)))
                    .append("</p>\n");
            return;
        }
        out.append("<section class=\"problems\"><h2>")
                .append(escape(ServeMessages.problems().in(language)))
                .append("</h2>\n");
        if (snapshot.stale) {
            out.append("<p class=\"error\">")
                    .append(escape(ServeMessages.stale().in(language)))
                    .append("</p>\n");
        }
        if (snapshot.problems.isEmpty()) {
            out.append("<p>")
                    .append(escape(ServeMessages.noProblems().in(language)))
                    .append("</p>\n");
        } else {
            out.append("<ul>\n");
            for (Problem problem : snapshot.problems) {
                out.append("<li")
                        .append(problem.isError() ? " class=\"error\"" : "")
                        .append('>')
                        .append(escape(problem.toString(language)))
                        .append("</li>\n");
            }
            out.append("</ul>\n");
        }
        out.append("</section>\n");
    }
}
