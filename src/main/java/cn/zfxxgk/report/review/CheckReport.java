package cn.zfxxgk.report.review;

import cn.zfxxgk.report.markup.XmlText;
import cn.zfxxgk.report.model.Position;
import cn.zfxxgk.report.problem.Language;
import cn.zfxxgk.report.problem.Problem;
import cn.zfxxgk.report.problem.Severity;
import cn.zfxxgk.report.rules.RuleDocumentation;
import cn.zfxxgk.report.rules.RuleEngine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code check --style html}: one self-contained HTML page, for an office that reviews many units' reports, listing every
 * finding file by file and, within a file, rule by rule (the rule's id, its gravest severity, what it checks as
 * {@value RuleDocumentation#SOURCE} says), each finding with its {@code file:line:col}, its message and the line of the
 * file it points at. The page has no script and loads nothing; every text from the files is escaped. It is accessible:
 * language set, one {@code h1}, headings per file and rule, tables with captions and header cells, severity written out
 * and not only coloured.
 */
public final class CheckReport {

    /** Groups the findings that come from no reviewers' rule: the YAML, the form, the 勾稽 rules. */
    private static final String DATA = "";

    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final int QUOTED = 120;

    /**
     * One file checked: its name as messages give it and its lines, quoted beside each finding (empty when it could
     * not be read).
     */
    public record Source(String file, List<String> lines) {}

    private CheckReport() {}

    /**
     * The page for {@code problems} of the files {@code checked} (in the order given; a file that only problems name,
     * such as last year's report, follows them), in {@code language}.
     */
    public static String write(List<Source> checked, List<Problem> problems, Language language) {
        Map<String, List<String>> lines = new LinkedHashMap<>();
        checked.forEach(source -> lines.put(source.file(), source.lines()));
        Map<String, List<Problem>> byFile = new LinkedHashMap<>();
        checked.forEach(source -> byFile.put(source.file(), new ArrayList<>()));
        problems.forEach(
                p -> byFile.computeIfAbsent(p.file(), f -> new ArrayList<>()).add(p));
        StringBuilder out = new StringBuilder(8192);
        String title = XmlText.escape(ReviewMessages.title().in(language));
        out.append("<!DOCTYPE html>\n<html lang=\"")
                .append(language == Language.ZH ? "zh-CN" : "en")
                .append("\">\n")
                .append("<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(title)
                .append("</title>\n<style>\n")
                .append(STYLE)
                .append("</style>\n</head>\n<body>\n<main>\n")
                .append("<h1>")
                .append(title)
                .append("</h1>\n<p class=\"summary\">")
                .append(XmlText.escape(ReviewMessages.summary(
                                byFile.size(),
                                Severity.ERROR.countIn(problems),
                                Severity.WARNING.countIn(problems),
                                Severity.INFO.countIn(problems))
                        .in(language)))
                .append("</p>\n");
        index(out, byFile, language);
        int n = 0;
        List<String> rulesSeen = new ArrayList<>();
        for (var file : byFile.entrySet()) {
            file(
                    out,
                    "file-" + ++n,
                    file.getKey(),
                    file.getValue(),
                    lines.getOrDefault(file.getKey(), List.of()),
                    rulesSeen,
                    language);
        }
        rules(out, rulesSeen, language);
        return out.append("</main>\n</body>\n</html>\n").toString();
    }

    private static void index(StringBuilder out, Map<String, List<Problem>> byFile, Language language) {
        out.append("<nav aria-labelledby=\"files\">\n<h2 id=\"files\">")
                .append(XmlText.escape(ReviewMessages.files().in(language)))
                .append("</h2>\n<ul>\n");
        int n = 0;
        for (var file : byFile.entrySet()) {
            out.append("<li><a href=\"#file-")
                    .append(++n)
                    .append("\">")
                    .append(XmlText.escape(file.getKey()))
                    .append("</a> — ")
                    .append(XmlText.escape(counts(file.getValue(), language)))
                    .append("</li>\n");
        }
        out.append("</ul>\n</nav>\n");
    }

    private static void file(
            StringBuilder out,
            String id,
            String file,
            List<Problem> problems,
            List<String> lines,
            List<String> rulesSeen,
            Language language) {
        out.append("<section class=\"file\" aria-labelledby=\"")
                .append(id)
                .append("\">\n<h2 id=\"")
                .append(id)
                .append("\">")
                .append(XmlText.escape(file))
                .append("</h2>\n<p>")
                .append(XmlText.escape(counts(problems, language)))
                .append("</p>\n");
        // the reviewers' rules in the order of docs/rules.md, then the data's own checks
        Map<String, List<Problem>> byRule = new TreeMap<>(Comparator.comparingInt(CheckReport::order));
        for (Problem problem : problems) {
            byRule.computeIfAbsent(rule(problem), r -> new ArrayList<>()).add(problem);
        }
        for (var group : byRule.entrySet()) {
            String rule = group.getKey();
            String groupId = id + "-" + (rule.equals(DATA) ? "data" : rule);
            Severity gravest = group.getValue().stream()
                    .map(Problem::severity)
                    .max(Comparator.naturalOrder())
                    .orElseThrow();
            out.append("<section class=\"rule\" aria-labelledby=\"")
                    .append(groupId)
                    .append("\">\n<h3 id=\"")
                    .append(groupId)
                    .append("\"><span class=\"severity ")
                    .append(name(gravest))
                    .append("\">")
                    .append(XmlText.escape(label(gravest, language)))
                    .append("</span> ");
            if (rule.equals(DATA)) {
                out.append(XmlText.escape(ReviewMessages.dataChecks().in(language)));
            } else {
                out.append("<code>").append(rule).append("</code>");
                if (!rulesSeen.contains(rule)) {
                    rulesSeen.add(rule);
                }
            }
            out.append(" (")
                    .append(XmlText.escape(
                            ReviewMessages.findings(group.getValue().size()).in(language)))
                    .append(")</h3>\n");
            RuleDocumentation.of(rule)
                    .ifPresent(doc -> out.append("<p class=\"doc\">")
                            .append(markdown(doc))
                            .append(" <a href=\"#rule-")
                            .append(rule)
                            .append("\">")
                            .append(XmlText.escape(RuleDocumentation.SOURCE))
                            .append("</a></p>\n"));
            table(out, group.getValue(), lines, rule, language);
            out.append("</section>\n");
        }
        if (problems.isEmpty()) {
            out.append("<p class=\"clean\">")
                    .append(XmlText.escape(ReviewMessages.clean().in(language)))
                    .append("</p>\n");
        }
        out.append("</section>\n");
    }

    private static void table(
            StringBuilder out, List<Problem> problems, List<String> lines, String rule, Language language) {
        out.append("<table>\n<thead><tr><th scope=\"col\">")
                .append(XmlText.escape(ReviewMessages.place().in(language)))
                .append("</th><th scope=\"col\">")
                .append(XmlText.escape(ReviewMessages.finding().in(language)))
                .append("</th><th scope=\"col\">")
                .append(XmlText.escape(ReviewMessages.text().in(language)))
                .append("</th></tr></thead>\n<tbody>\n");
        for (Problem problem : problems) {
            Position at = problem.at();
            String place = at.equals(Position.NONE) ? problem.file() : problem.file() + ":" + at;
            String message = problem.message(language);
            String tag = " [" + rule + "]";
            if (!rule.equals(DATA) && message.endsWith(tag)) {
                message = message.substring(0, message.length() - tag.length()); // the group's heading names the rule
            }
            out.append("<tr class=\"")
                    .append(name(problem.severity()))
                    .append("\"><th scope=\"row\"><code>")
                    .append(XmlText.escape(place))
                    .append("</code></th><td><span class=\"severity ")
                    .append(name(problem.severity()))
                    .append("\">")
                    .append(XmlText.escape(label(problem.severity(), language)))
                    .append("</span> ")
                    .append(XmlText.escape(message))
                    .append("</td><td>");
            String quoted = quoted(lines, at);
            if (!quoted.isEmpty()) {
                out.append("<q>").append(XmlText.escape(quoted)).append("</q>");
            } else {
                out.append(XmlText.escape(ReviewMessages.wholeFile().in(language)));
            }
            out.append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    /**
     * The text the finding points at: its line from its column on (the value, not the YAML key before it), cut after
     * {@value #QUOTED} characters, since the message says what is wrong and a paragraph can fill a screen.
     */
    private static String quoted(List<String> lines, Position at) {
        if (at.line() < 1 || at.line() > lines.size()) {
            return "";
        }
        String line = lines.get(at.line() - 1);
        int from = Math.min(Math.max(0, at.column() - 1), line.length());
        String quoted = line.substring(from).strip();
        return quoted.codePointCount(0, quoted.length()) <= QUOTED
                ? quoted
                : quoted.substring(0, quoted.offsetByCodePoints(0, QUOTED)) + "…";
    }

    /** Every rule met on the page with what it checks: where each group's documentation link leads. */
    private static void rules(StringBuilder out, List<String> rules, Language language) {
        if (rules.isEmpty()) {
            return;
        }
        out.append("<section aria-labelledby=\"rules\">\n<h2 id=\"rules\">")
                .append(XmlText.escape(ReviewMessages.rules().in(language)))
                .append("</h2>\n<dl>\n");
        rules.stream()
                .sorted(Comparator.comparingInt(CheckReport::order))
                .forEach(rule -> out.append("<dt id=\"rule-")
                        .append(rule)
                        .append("\"><code>")
                        .append(rule)
                        .append("</code></dt><dd>")
                        .append(RuleDocumentation.of(rule)
                                .map(CheckReport::markdown)
                                .orElse(""))
                        .append(" (")
                        .append(XmlText.escape(RuleDocumentation.SOURCE))
                        .append(")</dd>\n"));
        out.append("</dl>\n</section>\n");
    }

    /** The rule a problem comes from (its code is the rule's id), or {@link #DATA}. */
    private static String rule(Problem problem) {
        return RuleDocumentation.of(problem.code()).isPresent() ? problem.code() : DATA;
    }

    private static int order(String rule) {
        int index = RuleEngine.ids().indexOf(rule);
        return index < 0 ? Integer.MAX_VALUE : index;
    }

    /** The documentation's Markdown as HTML: escaped, {@code `code`} set as code. */
    private static String markdown(String text) {
        Matcher m = CODE.matcher(XmlText.escape(text));
        return m.replaceAll(r -> "<code>" + Matcher.quoteReplacement(r.group(1)) + "</code>");
    }

    private static String counts(List<Problem> problems, Language language) {
        if (problems.isEmpty()) {
            return ReviewMessages.clean().in(language);
        }
        return ReviewMessages.counts(
                        Severity.ERROR.countIn(problems),
                        Severity.WARNING.countIn(problems),
                        Severity.INFO.countIn(problems))
                .in(language);
    }

    private static String name(Severity severity) {
        return severity.name().toLowerCase(Locale.ROOT);
    }

    /** {@code error}, {@code warning}, {@code info}; 错误, 警告, 提示: the tag of the printed problem without its colon. */
    private static String label(Severity severity, Language language) {
        return severity.tag(language).replaceAll("[:：]\\s*$", "");
    }

    private static final String STYLE = """
            body{font-family:"Noto Sans SC","Microsoft YaHei",sans-serif;margin:0;color:#1a1a1a;background:#fff;\
            line-height:1.5}
            main{max-width:75rem;margin:0 auto;padding:1rem}
            h1{font-size:1.6rem}h2{font-size:1.3rem;border-bottom:2px solid #444;margin-top:2rem}h3{font-size:1.1rem}
            table{border-collapse:collapse;width:100%;margin-bottom:1rem}
            th,td{border:1px solid #888;padding:.3rem .5rem;text-align:left;vertical-align:top}
            thead th{background:#e8e8e8}tbody th{font-weight:normal;white-space:nowrap}
            q{quotes:"“" "”"}code{font-family:monospace}.doc{color:#333;font-size:.95rem}
            .severity{display:inline-block;padding:0 .3rem;border-radius:.2rem;font-weight:bold;color:#fff}
            .severity.error{background:#a4000f}.severity.warning{background:#7a4a00}.severity.info{background:#0b4f8a}
            a{color:#0645ad}a:focus{outline:3px solid #0645ad}
            """;
}
