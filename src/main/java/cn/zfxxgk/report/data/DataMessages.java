package cn.zfxxgk.report.data;

import cn.zfxxgk.report.problem.Message;
import java.util.List;

/**
 * Every message about a report file, in English and Chinese: the catalogue of what an author can get wrong, each with
 * its code. The texts say what is wrong and what was expected, name rows and columns by their official Chinese labels
 * in both languages, and speak of what the author did (a full-width comma, an unclosed bracket), never of the parser.
 */
final class DataMessages {

    /** A word or phrase in both languages, for the parts of a message that name things. */
    record Term(String en, String zh) {

        /** A name that is the same in both languages (an official label). */
        static Term same(String text) {
            return new Term(text, text);
        }

        /** A YAML key as the author typed it: {@code format}, in Chinese quoted, “format”. */
        static Term key(String key) {
            return new Term(key, "“" + key + "”");
        }

        Term plus(String suffix) {
            return new Term(en + suffix, zh + suffix);
        }
    }

    static final Term FILE = new Term("the file", "文件");
    static final Term SECTION = new Term("a section", "章节");
    static final Term SIGNATURE = new Term("signature", "落款（signature）");
    static final Term SIGNATURE_AGENCY = new Term("signature agency", "落款机关");
    static final Term SIGNATURE_DATE = new Term("signature date", "落款日期");
    static final Term HEADING = new Term("heading", "章节标题（heading）");
    static final Term TITLE_LINE = new Term("this title line", "这一行标题");
    static final Term PARAGRAPH = new Term("this paragraph", "这一段");

    private static final String README_YAML = "README.md, 'The YAML format'";
    private static final String README_YAML_ZH = "README.md 的“The YAML format”一节";

    private DataMessages() {}

    private static Message of(String code, String en, String zh) {
        return Message.of(code, en, zh);
    }

    /** {@code n cells} with the right number: {@code 1 cell}, {@code 2 cells}. */
    private static String count(int n, String singular) {
        return n + " " + singular + (n == 1 ? "" : "s");
    }

    // ---- the file as a whole ----------------------------------------------------------------------------------

    static Message fileMissing() {
        return of(
                "file-missing",
                "file not found; expected a report YAML file such as data/balikun-2023.yaml",
                "找不到文件；应为报告的 YAML 文件，如 data/balikun-2023.yaml");
    }

    static Message notAFile() {
        return of(
                "file-not-regular",
                "is not a regular file (a directory, a device or a pipe); expected a report YAML "
                        + "file such as data/balikun-2023.yaml",
                "不是普通文件（是目录、设备或管道）；应为报告的 YAML 文件，如 " + "data/balikun-2023.yaml");
    }

    static Message unreadable(String reason) {
        return of(
                "file-unreadable",
                "cannot be read: " + reason + "; expected a readable file",
                "无法读取（" + reason + "）；应为可读取的文件");
    }

    static Message tooLarge(long megabytes, int maxMillions) {
        return of(
                "file-too-large",
                "the file is " + megabytes + " MB; expected a report file of at most " + maxMillions
                        + " million characters",
                "文件大小为 " + megabytes + " MB；报告文件应不超过 " + maxMillions + "00 万个字符");
    }

    static Message tooManyCharacters(int length, int max) {
        return of(
                "file-too-large",
                "the file has " + length + " characters; expected a report file of at most " + max + " characters",
                "文件有 " + length + " 个字符；报告文件应不超过 " + max + " 个字符");
    }

    static Message empty() {
        return of(
                "file-empty",
                "the file is empty; expected a report starting with 'format: 2021' (see "
                        + "data/balikun-2023.yaml for a complete example)",
                "文件是空的；报告应以“format: 2021”开头（完整的例子见 " + "data/balikun-2023.yaml）");
    }

    static Message gbk() {
        return of(
                "encoding-gbk",
                "the file is saved as GBK (GB2312/GB18030), not UTF-8; expected UTF-8 (in 记事本 or "
                        + "WPS: 另存为, 编码 UTF-8)",
                "文件是 GBK（GB2312/GB18030）编码，不是 UTF-8；应保存为 UTF-8（在记事本或 WPS " + "中“另存为”，编码选 UTF-8）");
    }

    static Message utf16() {
        return of(
                "encoding-utf16",
                "the file is saved as UTF-16 (记事本's 'Unicode'), not UTF-8; expected UTF-8 (in " + "记事本: 另存为, 编码 UTF-8)",
                "文件是 UTF-16 编码（记事本中的“Unicode”），不是 UTF-8；应保存为 UTF-8（在记事本中" + "“另存为”，编码选 UTF-8）");
    }

    static Message notUtf8(int octet) {
        String hex = String.format("0x%02X", octet);
        return of(
                "encoding-invalid",
                "byte " + hex + " is not valid UTF-8; expected the file to be saved as UTF-8 (in "
                        + "Word/WPS/记事本: 另存为 UTF-8)",
                "字节 " + hex + " 不是有效的 UTF-8；文件应保存为 UTF-8（在 Word、WPS 或记事本中" + "“另存为”UTF-8）");
    }

    static Message controlCharacterInFile(int codePoint) {
        String u = String.format("U+%04X", codePoint);
        return of(
                "text-control",
                "the file contains the control character " + u + "; expected printable text (delete "
                        + "the character: it cannot be printed)",
                "文件中含控制字符 " + u + "；应为可打印的文字（请删除该字符：它无法打印）");
    }

    // ---- YAML syntax ------------------------------------------------------------------------------------------

    static Message yamlUnreadable(String reason, int maxDepth) {
        return of(
                "yaml-unreadable",
                "the file cannot be read as YAML: " + reason + "; expected one YAML document no " + "deeper than "
                        + maxDepth + " levels",
                "文件无法按 YAML 读取（" + reason + "）；应为一个不超过 " + maxDepth + " 层的 YAML 文档");
    }

    static Message yamlMalformedTag(String reason) {
        return of(
                "yaml-tag",
                "the file cannot be read as YAML: " + reason + "; expected plain values without '!' tags",
                "文件无法按 YAML 读取（" + reason + "）；应为不带“!”标记的普通值");
    }

    static Message tagNotAllowed(String tag) {
        return of(
                "yaml-tag",
                "YAML tag '" + tag + "' is not allowed in a report; expected plain values without '!' " + "tags",
                "报告中不能使用 YAML 标记“" + tag + "”；应为不带“!”标记的普通值");
    }

    static Message aliasNotAllowed(boolean alias, String name) {
        return alias
                ? of(
                        "yaml-alias",
                        "alias '*" + name + "' is not allowed in a report; write the value out in full",
                        "报告中不能使用别名“*" + name + "”；请把值完整写出")
                : of(
                        "yaml-alias",
                        "anchor '&" + name + "' is not allowed in a report; write the value out in full",
                        "报告中不能使用锚点“&" + name + "”；请把值完整写出");
    }

    static Message moreAliases(int more) {
        return of(
                "yaml-alias",
                more + " more anchors and aliases are not listed; expected none: a report writes every "
                        + "value out in full",
                "另有 " + more + " 处锚点和别名未列出；报告中不应使用，请把每个值完整写出");
    }

    static Message noColon() {
        return of(
                "yaml-no-colon",
                "YAML syntax error: this line has no ':' after its key; expected 'key: value' with a "
                        + "colon and a space after the key",
                "YAML 语法错误：这一行的键后面没有冒号；应为“键: 值”，键后是半角冒号和一个空格");
    }

    static Message fullWidth(char found, char expected) {
        String name = switch (found) {
            case '：' -> "colon";
            case '，' -> "comma";
            case '【', '】' -> "bracket";
            default -> "punctuation mark";
        };
        String nameZh = switch (found) {
            case '：' -> "冒号";
            case '，' -> "逗号";
            case '【', '】' -> "方括号";
            default -> "标点";
        };
        return of(
                "yaml-full-width",
                "YAML syntax error: this line has the full-width " + name + " '" + found + "'; "
                        + "expected the half-width '" + expected + "' (switch the input method to half-width, 半角)",
                "YAML 语法错误：这一行用了全角" + nameZh + "“" + found + "”；应为半角的“" + expected + "”（请把输入法切换到半角）");
    }

    static Message noSpaceAfterColon() {
        return of(
                "yaml-no-space",
                "YAML syntax error: this line has no space after its ':'; expected 'key: value' with "
                        + "a space after the colon",
                "YAML 语法错误：这一行的冒号后面没有空格；应为“键: 值”，冒号后加一个空格");
    }

    static Message afterQuote() {
        return of(
                "yaml-after-quote",
                "YAML syntax error: text follows the closing quote; expected the whole value " + "inside the quotes",
                "YAML 语法错误：引号结束后还有文字；整个值应都写在引号内");
    }

    static Message closesNothing(char c) {
        char opening = c == ']' ? '[' : '{';
        return of(
                "yaml-closes-nothing",
                "YAML syntax error: this '" + c + "' closes nothing; expected as many '" + c + "' as '" + opening + "'",
                "YAML 语法错误：这个“" + c + "”没有对应的“" + opening + "”；“" + opening + "”与“" + c + "”应成对出现");
    }

    static Message secondDocument() {
        return of(
                "yaml-second-document",
                "YAML syntax error: a second document starts here ('---'); expected one " + "report per file",
                "YAML 语法错误：这里开始了第二个文档（“---”）；每个文件应只有一份报告");
    }

    static Message tab() {
        return of(
                "yaml-tab",
                "YAML syntax error: a tab character is used for indentation; expected spaces (YAML does "
                        + "not allow tabs there)",
                "YAML 语法错误：缩进用了制表符（Tab）；应使用空格缩进（YAML 不允许在此处使用制表符）");
    }

    static Message unclosed(char opened) {
        if (opened == '"' || opened == '\'') {
            return of(
                    "yaml-unclosed",
                    "YAML syntax error: the quote " + opened + " opened here is not closed; expected "
                            + "the same quote at the end of the value",
                    "YAML 语法错误：这里开始的引号 " + opened + " 没有结束；应在值的" + "末尾补上同样的引号");
        }
        char closing = opened == '[' ? ']' : '}';
        return of(
                "yaml-unclosed",
                "YAML syntax error: the '" + opened + "' opened here is not closed; expected '" + closing
                        + "' at the end of the row's cells",
                "YAML 语法错误：这里的“" + opened + "”没有对应的“" + closing + "”；应在这一行各单元格的末尾写上“" + closing + "”");
    }

    static Message colonInValue() {
        return of(
                "yaml-colon-in-value",
                "YAML syntax error: a second ': ' on this line, or a key indented under a "
                        + "value; expected one 'key: value' a line (a value that contains ': ' goes in quotes)",
                "YAML 语法错误：这一行出现了第二个“: ”，或在值的下面又缩进了键；每行应只有一个“键: 值”（值中含有“: ”时请给值加引号）");
    }

    static Message indentation() {
        return of(
                "yaml-indentation",
                "YAML syntax error: this line is indented differently from the lines before "
                        + "it; expected the lines of one level to start in the same column (indent with spaces)",
                "YAML 语法错误：这一行的缩进与前面的行不一致；同一层级的各行应从同一列开始（用空格缩进）");
    }

    static Message cannotStart(char c) {
        return of(
                "yaml-reserved-character",
                "YAML syntax error: a value cannot start with '" + c + "'; expected the "
                        + "value in quotes, such as \"" + c + "…\"",
                "YAML 语法错误：值不能以“" + c + "”开头；应给值加引号，如“\"" + c + "…\"”");
    }

    static Message yamlSyntax(String what) {
        return of(
                "yaml-syntax",
                "YAML syntax error: " + what + "; expected 'key: value' lines indented with spaces (see " + README_YAML
                        + ")",
                "YAML 语法错误（" + what + "）；应为用空格缩进的“键: 值”行（见 " + README_YAML_ZH + "）");
    }

    // ---- values of any kind ----------------------------------------------------------------------------------

    /** How a node is called: a list, a mapping, or its text. */
    static Term describe(String kind, String text) {
        return switch (kind) {
            case "list" -> new Term("a list", "列表");
            case "mapping" -> new Term("a mapping (key: value lines)", "映射（“键: 值”行）");
            default -> new Term("'" + text + "'", "“" + text + "”");
        };
    }

    static Message notText(Term what, Term is) {
        return of(
                "value-not-text",
                what.en() + " is " + is.en() + "; expected text",
                what.zh() + "是" + is.zh() + "；应为文字");
    }

    static Message notMapping(Term what, Term is) {
        return of(
                "value-not-mapping",
                what.en() + " is " + is.en() + "; expected a mapping (indented 'key: value' " + "lines)",
                what.zh() + "是" + is.zh() + "；应为映射（缩进的“键: 值”行）");
    }

    static Message keyNotText(Term is) {
        return of(
                "key-not-text",
                "a key is " + is.en() + "; expected a plain key such as 'agency:'",
                "键是" + is.zh() + "；应为普通的键，如“agency:”");
    }

    static Message duplicateKey(String key, int line) {
        return of(
                "key-duplicate",
                "duplicate key '" + key + "'; it is already given at line " + line + ", write it once",
                "键“" + key + "”重复，第 " + line + " 行已经写过；请只写一次");
    }

    static Message unknownKey(String key, Term where, String suggestion, List<String> allowed) {
        String en = "unknown key '" + key + "'" + (where == null ? "" : " in " + where.en()) + "; ";
        String zh = "未知的键“" + key + "”" + (where == null ? "" : "（在" + where.zh() + "中）") + "；";
        if (suggestion != null) {
            return of("key-unknown", en + "did you mean '" + suggestion + "'?", zh + "是否应为“" + suggestion + "”？");
        }
        return of(
                "key-unknown",
                en + "expected one of " + String.join(", ", allowed),
                zh + "应为以下之一：" + String.join("、", allowed));
    }

    static Message controlCharacter(int codePoint) {
        String u = String.format("U+%04X", codePoint);
        return of(
                "text-control",
                "text contains the control character " + u + "; expected printable text (delete the "
                        + "character: it cannot be printed)",
                "文字中含控制字符 " + u + "；应为可打印的文字（请删除该字符：它无法打印）");
    }

    static Message loneSurrogate(char half) {
        String escape = String.format("\\u%04X", (int) half);
        return of(
                "text-lone-surrogate",
                "text contains " + escape + ", half of a character (an escape of a lone "
                        + "surrogate); expected whole characters: write the character itself",
                "文字中含“" + escape + "”，这是半个" + "字符（单独的代理项转义）；应为完整的字符：请直接写出该字符");
    }

    static Message invisible(int codePoint, String name) {
        String u = String.format("U+%04X", codePoint);
        return of(
                "text-invisible",
                "text contains the invisible character " + u + " (" + name + "); expected visible "
                        + "text (delete it: it changes how text reads without being seen)",
                "文字中含不可见字符 " + u + "（" + name + "）；应为可见的文字（请删除：它看不见，却会改变文字的读法）");
    }

    static Message tooLong(Term what, int length, int limit, boolean paragraph) {
        return of(
                "text-too-long",
                what.en() + " has " + length + " characters; expected at most " + limit
                        + (paragraph
                                ? " in one paragraph (each line of a 'text: |' block is a paragraph of its own)"
                                : " in one line"),
                what.zh() + "有 " + length + " 个字符；" + (paragraph ? "一段" : "一行") + "应不超过 " + limit + " 个字符"
                        + (paragraph ? "（“text: |”块中的每一行是单独的一段）" : ""));
    }

    // ---- the report's parts ----------------------------------------------------------------------------------

    static Message formatMissing() {
        return of(
                "format-missing",
                "key 'format' is missing; expected 'format: 2021' (国办公开办函〔2021〕30号) or "
                        + "'format: 2019' (国办公开办函〔2019〕60号)",
                "缺少键“format”；应为“format: 2021”（国办公开办函〔2021〕30号）" + "或“format: 2019”（国办公开办函〔2019〕60号）");
    }

    static Message formatUnknown(String format) {
        return of(
                "format-unknown",
                "format '" + format + "' is not an official format; expected 2021 "
                        + "(国办公开办函〔2021〕30号) or 2019 (国办公开办函〔2019〕60号)",
                "格式“" + format + "”不是官方格式；应为 2021" + "（国办公开办函〔2021〕30号）或 2019（国办公开办函〔2019〕60号）");
    }

    static Message yearInvalid(String year) {
        return of(
                "year-invalid",
                "year '" + year + "' is not a report year; expected a year from 2008 (when the 条例 "
                        + "took effect) on, e.g. 2023",
                "年度“" + year + "”不是报告年度；应为 2008 年（《条例》施行）以后的年份，如 2023");
    }

    /** What a required key holds, for the messages about it. */
    record Expected(String en, String zh) {}

    static final Expected AGENCY = new Expected("the agency, e.g. 'agency: 巴里坤县人民政府'", "填写报告机关，如“agency: 巴里坤县人民政府”");
    static final Expected YEAR =
            new Expected("the year the report covers, e.g. 'year: 2023'", "填写报告所属年度，如“year: 2023”");
    static final Expected SECTION_HEADING = new Expected(
            "the section's heading as printed, e.g. " + "'heading: 一、总体情况'", "填写章节标题，与印出的一致，如“heading: 一、总体情况”");

    static Message keyMissing(String key, Expected expected) {
        return of(
                "key-missing",
                "key '" + key + "' is missing; expected " + expected.en(),
                "缺少键“" + key + "”；应" + expected.zh());
    }

    static Message keyEmpty(String key, Expected expected) {
        return of(
                "key-empty",
                "key '" + key + "' is empty; expected " + expected.en(),
                "键“" + key + "”是空的；应" + expected.zh());
    }

    static Message sectionsMissing() {
        return of(
                "key-missing",
                "key 'sections' is missing; expected the list of sections, each '- heading: …'",
                "缺少键“sections”；应为各章节的列表，每节以“- heading: …”开头");
    }

    static Message sectionsNotList(Term is) {
        return of(
                "value-not-list",
                "sections is " + is.en() + "; expected a list of sections, each starting with " + "'- heading: …'",
                "sections 是" + is.zh() + "；应为各章节的列表，每节以“- heading: …”开头");
    }

    static Message tableNotShown(String kind) {
        return of(
                "table-not-shown",
                "table " + kind + " is given but no section shows it, so it is not printed; "
                        + "expected a section with 'table: " + kind + "'",
                "给出了" + kind + "表，但没有章节显示它，因此不会印出；" + "应在某一章节中写“table: " + kind + "”");
    }

    static Message tableUnknown(String name, String suggestion, List<String> tables) {
        String expectedEn = suggestion != null
                ? "did you mean '" + suggestion + "'?"
                : "expected one of " + String.join(", ", tables);
        String expectedZh = suggestion != null ? "是否应为“" + suggestion + "”？" : "应为以下之一：" + String.join("、", tables);
        return of(
                "table-unknown",
                "table '" + name + "' is not a table of the official form; " + expectedEn,
                "“" + name + "”不是官方格式中的表格；" + expectedZh);
    }

    static Message tableAbsent(String kind) {
        return of(
                "table-absent",
                "this section shows table " + kind + ", but the file has no " + kind + " table; "
                        + "expected a top-level '" + kind + ":' with its rows",
                "本章节要显示" + kind + "表，但文件中没有" + kind + "表；应在顶层写“" + kind + ":”及其各行");
    }

    static Message tableShownTwice(String kind, int line) {
        return of(
                "table-shown-twice",
                "table " + kind + " is already shown by the section at line " + line + "; expected each table once",
                kind + "表已由第 " + line + " 行的章节显示；每张表应只显示一次");
    }

    static Message signedFarFromYear(String date, int year, int years) {
        return of(
                "date-far-from-year",
                "signature date '" + date + "' is far from the report's year " + year
                        + "; expected a date in " + year + " or up to " + years
                        + " years after (reports are usually signed the "
                        + "next January, such as " + (year + 1) + "-01-10)",
                "落款日期“" + date + "”与报告年度 " + year
                        + " 相距太远；应为 " + year + " 年或其后 " + years + " 年内的日期（报告通常在次年一月落款，如 " + (year + 1)
                        + "-01-10）");
    }

    static Message dateNotReal(Term what, String date) {
        return of(
                "date-not-real",
                what.en() + " '" + date + "' is not a real date; expected a date of the calendar "
                        + "such as 2024-01-10",
                what.zh() + "“" + date + "”不是真实存在的日期；应为日历上的日期，如 2024-01-10");
    }

    static Message notADate(Term what, String date) {
        return of(
                "date-invalid",
                what.en() + " '" + date + "' is not a date; expected a date such as 2024-01-10 "
                        + "(printed 2024年1月10日)",
                what.zh() + "“" + date + "”不是日期；应为 2024-01-10 这样的日期（印为 2024年1月10日）");
    }

    // ---- what the reviewers' rules need (agency_kind, published, information_fee, previous) ---------------------

    static final Term PUBLISHED = new Term("published date", "发布日期（published）");

    static Message agencyKindUnknown(String kind, List<String> kinds) {
        return of(
                "agency-kind-unknown",
                "agency_kind '" + kind + "' is not a kind of office; expected one of " + String.join(", ", kinds)
                        + " (it fixes the publication deadline)",
                "机关类型“" + kind + "”不是可选的类型；应为 " + String.join("、", kinds) + " 之一（它决定发布时限）");
    }

    static Message feeValueInvalid(String key, String value) {
        return of(
                "fee-value-invalid",
                "information_fee " + key + " '" + value + "' is not "
                        + (key.equals("charged") ? "true or false" : "a non-negative number")
                        + "; expected e.g. 'charged: "
                        + "false', 'cases: 0', 'amount_yuan: 0'",
                "信息处理费 " + key + " 的值“" + value + "”不是" + (key.equals("charged") ? " true 或 false" : "非负数")
                        + "；应如“charged: false”“cases: 0”“amount_yuan: 0”");
    }

    static Message ownPageInvalid(String value) {
        return of(
                "own-page-invalid",
                "own_page '" + value + "' is not true or false; expected 'own_page: true' for a "
                        + "signature page of its own headed （此页无正文）, or 'own_page: false'",
                "own_page 的值“" + value
                        + "”不是 true 或 false；落款单独成页（页首注“（此页无正文）”）时应为“own_page: true”，否则为“own_page: false”");
    }

    // ---- tables -----------------------------------------------------------------------------------------------

    static Message rowMissing(String table, String row, List<String> columns) {
        return of(
                "row-missing",
                table + ": row " + row + " is missing; expected '" + row + ": [" + String.join(", ", columns) + "]'",
                table + "：缺少“" + row + "”一行；应为“" + row + ": [" + String.join(", ", columns) + "]”");
    }

    static Message groupMissing(String table, String label, String name, List<String> rows) {
        return of(
                "row-missing",
                table + ": " + label + " is missing; expected '" + name + ":' with its rows " + String.join(", ", rows),
                table + "：缺少“" + label + "”；应为“" + name + ":”及其各行：" + String.join("、", rows));
    }

    static Message groupAsRow(String table, String label, int rows, String name, List<String> names) {
        return of(
                "row-group-as-row",
                table + " " + label + " has " + rows + " rows in this format; expected '" + name
                        + ":' followed by indented rows " + String.join(", ", names),
                table + " " + label + "在本格式中有 " + rows + " 行；应为“" + name + ":”，下面缩进写出各行：" + String.join("、", names));
    }

    /** The cell count of a row is wrong; {@code leftOut} names the 总计 that may be left out (or null). */
    static Message cellCount(
            String name, int found, List<String> columns, String leftOut, String hintEn, String hintZh) {
        int n = columns.size();
        String en = name + " has " + count(found, "cell") + "; expected " + n + " (" + String.join(", ", columns) + ")"
                + (leftOut == null ? "" : ", or " + (n - 1) + " leaving " + leftOut + " to be computed");
        String zh = name + "有 " + found + " 个单元格；应为 " + n + " 个（" + String.join("、", columns) + "）"
                + (leftOut == null ? "" : "，或 " + (n - 1) + " 个而由系统计算“" + leftOut + "”");
        return of("row-cell-count", hintEn == null ? en : en + ": " + hintEn, hintZh == null ? zh : zh + "：" + hintZh);
    }

    static final String FULL_WIDTH_COMMA_EN =
            "the cells are separated by the full-width comma '，', expected the " + "half-width ','";
    static final String FULL_WIDTH_COMMA_ZH = "这一行用全角逗号“，”分隔，应为半角逗号“,”";
    static final String FULL_WIDTH_BRACKETS_EN =
            "the row is in the full-width brackets '【】', expected the half-width " + "'[ ]'";
    static final String FULL_WIDTH_BRACKETS_ZH = "这一行用了全角方括号“【】”，应为半角的“[ ]”";

    static Message lost(String name, List<String> columns) {
        boolean one = columns.size() == 1;
        return of(
                "cell-lost",
                name + " " + String.join(", ", columns) + (one ? " is" : " are") + " marked 缺失 (lost "
                        + "in the source); " + (one ? "it prints" : "they print") + " blank and " + (one ? "is" : "are")
                        + " left out of the 勾稽 checks",
                name + " " + String.join("、", columns) + "标为缺失（原文丢失）；印为空白，" + "不参与勾稽校验");
    }

    static Message rowNotList(String name, Term is, List<String> columns, String hintEn, String hintZh) {
        String en =
                name + " is " + is.en() + "; expected its cells on one line as [" + String.join(", ", columns) + "]";
        String zh = name + "是" + is.zh() + "；应把各单元格写在一行：[" + String.join(", ", columns) + "]";
        return of("row-not-list", hintEn == null ? en : en + ": " + hintEn, hintZh == null ? zh : zh + "：" + hintZh);
    }

    static Message rowTwice(String name, String key, int line) {
        return of(
                "row-twice",
                "row " + name + " is given twice (also as '" + key + "' at line " + line + "); write it once",
                "“" + name + "”一行写了两次（第 " + line + " 行已写作“" + key + "”）；请只写一次");
    }

    // ---- cells ------------------------------------------------------------------------------------------------

    static Message cellNotValue(String name, Term is) {
        return of("cell-not-value", name + " is " + is.en() + "; expected one value", name + "是" + is.zh() + "；应为一个值");
    }

    static Message cellTooLong(String name, int length, int max) {
        return of(
                "cell-too-long",
                name + " has " + length + " characters; expected at most " + max + " in a table cell "
                        + "(a number, or a number with a short note)",
                name + "有 " + length + " 个字符；表格单元格应不超过 " + max + " 个字符（一个数，或一个数加简短的注）");
    }

    static final String COUNT_EXPECTED_EN =
            "expected a whole number ≥ 0, ~ for a blank cell or 缺失 for a value lost " + "in the source";
    static final String COUNT_EXPECTED_ZH = "应为不小于 0 的整数；空白单元格写 ~，原文丢失的值写 缺失";
    static final String NOTED_COUNT_EXPECTED_EN =
            "expected a whole number ≥ 0, which may be followed by a note such as "
                    + "15（含失效的8件）, ~ for a blank cell or 缺失 for a value lost in the source";
    static final String NOTED_COUNT_EXPECTED_ZH = "应为不小于 0 的整数，后面可加注，如 15（含失效的8件）；空白单元格写 ~，原文丢失的值写 缺失";
    static final String AMOUNT_EXPECTED_EN = "expected an amount as written, such as 3130.24 or 7113万元";
    static final String AMOUNT_EXPECTED_ZH = "应为金额，如 3130.24 或 7113万元";

    /** Why a count is not one. */
    enum CountFault {
        NEGATIVE("is negative", "是负数"),
        FRACTION("is not a whole number", "不是整数"),
        FULL_WIDTH("has full-width digits (switch the input method to half-width)", "用了全角数字（请把输入法切换到半角）"),
        NOT_A_COUNT("is not a count", "不是数量");

        final String en;
        final String zh;

        CountFault(String en, String zh) {
            this.en = en;
            this.zh = zh;
        }
    }

    static Message countInvalid(String name, String text, CountFault fault, boolean noted) {
        return of(
                "cell-not-count",
                name + " '" + text + "' " + fault.en + "; " + (noted ? NOTED_COUNT_EXPECTED_EN : COUNT_EXPECTED_EN),
                name + "“" + text + "”" + fault.zh + "；" + (noted ? NOTED_COUNT_EXPECTED_ZH : COUNT_EXPECTED_ZH));
    }

    static Message notation(String name, String text, boolean amount) {
        return of(
                "cell-notation",
                name + " '" + text + "' is not a number as written here (hexadecimal, exponent, "
                        + "digit separators or mixed-width digits); "
                        + (amount
                                ? AMOUNT_EXPECTED_EN
                                : "expected a whole number ≥ 0, which may be followed by a note such as 15（含失效的8件）"),
                name + "“" + text + "”不是这里能用的数字写法（十六进制、指数、数位分隔符或全半角混用）；"
                        + (amount ? AMOUNT_EXPECTED_ZH : "应为不小于 0 的整数，后面可加注，如 15（含失效的8件）"));
    }

    static Message countTooLarge(String name, String digits) {
        return of(
                "cell-too-large",
                name + " '" + digits + "' is too large; expected a count below 1000000000",
                name + "“" + digits + "”太大；数量应小于 1000000000");
    }

    static Message amountInvalid(String name, String text, boolean negative) {
        return of(
                "cell-not-amount",
                name + " '" + text + "' " + (negative ? "is negative" : "is not an amount") + "; " + AMOUNT_EXPECTED_EN
                        + ", ~ for a blank cell or 缺失 for a value lost in the source",
                name + "“" + text + "”" + (negative ? "是负数" : "不是金额") + "；" + AMOUNT_EXPECTED_ZH
                        + "；空白单元格写 ~，原文丢失的值写 缺失");
    }

    static Message unitDropped(String name, String text, String unit, String printed) {
        return of(
                "cell-unit",
                name + " '" + text + "' repeats the unit " + unit + " of its column's heading; printed " + printed
                        + " (write the number alone)",
                name + "“" + text + "”重复了栏目标题中的单位“" + unit + "”；印为 " + printed + "（只写数字即可）");
    }

    // ---- the 勾稽 rules ----------------------------------------------------------------------------------------

    static Message rowTotal(String name, String total, String partsEn, String partsZh, String sum, String rule) {
        return of(
                "rule-row-total",
                name + " is " + total + ", but " + partsEn + " " + sum + "; expected " + rule,
                name + "为 " + total + "，但" + partsZh + sum + "；应为 " + rule);
    }

    static Message resultsTotal(String table, String column, String total, String sum) {
        return of(
                "rule-results-total",
                table + " 三、（七）总计 · " + column + " is " + total + ", but the result rows " + "（一）…（六） add up to " + sum
                        + "; expected （七）总计 = the sum of every result row",
                table + " 三、（七）总计 · " + column + "为 " + total + "，但办理结果（一）至（六）各行之和为 " + sum + "；（七）总计应等于各办理结果之和");
    }

    static Message note(String table, String column, String total, String expected) {
        return of(
                "rule-note",
                table + " 三、（七）总计 · " + column + " is " + total + ", but 一 + 二 − 四 gives " + expected
                        + "; expected 一 + 二 = 三（七）总计 + 四 in every column, as the table's note says",
                table + " 三、（七）总计 · " + column + "为 " + total + "，但 一 + 二 − 四 为 " + expected
                        + "；按表中说明，每一列都应满足 一 + 二 = 三（七）总计 + 四");
    }
}
