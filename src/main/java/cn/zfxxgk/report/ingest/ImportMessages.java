package cn.zfxxgk.report.ingest;

import cn.zfxxgk.report.problem.Language;
import cn.zfxxgk.report.problem.Message;
import java.util.List;

/**
 * Every message of {@code gen import}, in English and Chinese: what the importer found in a published report, what it
 * did about it, and what the command says about the files it reads and writes, each with a stable code
 * ({@code import-similar-row} …). The texts say what is wrong (and what the import did about it) and what was
 * expected, name tables, rows and columns by their official Chinese labels in both languages, and speak of what a
 * clerk sees in the published report, never of the libraries that read it. The places of formats without lines
 * ({@code table 2, row 5, cell 3}) are worded here too.
 */
public final class ImportMessages {

    private static final String PUBLISHED_EN = "a published report (.html, .docx or .pdf)";
    private static final String PUBLISHED_ZH = "已发布的报告（.html、.docx 或 .pdf）";

    private ImportMessages() {}

    private static Message of(String code, String en, String zh) {
        return Message.of(code, en, zh);
    }

    /** {@code n cells} with the right number: {@code 1 cell}, {@code 2 cells}. */
    private static String count(long n, String singular) {
        return n + " " + singular + (n == 1 ? "" : "s");
    }

    // --- the files the command reads and writes

    public static Message fileMissing() {
        return of("import-file-missing", "file not found; expected " + PUBLISHED_EN, "找不到文件；应为" + PUBLISHED_ZH);
    }

    public static Message notAFile() {
        return of(
                "import-not-a-file",
                "is not a regular file (a device or a pipe); expected " + PUBLISHED_EN,
                "不是普通文件（是设备或管道）；应为" + PUBLISHED_ZH);
    }

    public static Message fileTooLarge(String size, String limit) {
        return of(
                "import-file-too-large",
                "the file is " + size + "; expected " + PUBLISHED_EN + " of at most " + limit,
                "文件大小为 " + size + "；" + PUBLISHED_ZH + "应不超过 " + limit);
    }

    public static Message fileUnreadable(String reason) {
        return of(
                "import-file-unreadable",
                "cannot be read (" + reason + "); expected a readable file",
                "无法读取（" + reason + "）；应为可读取的文件");
    }

    public static Message noReports() {
        return of(
                "import-no-reports",
                "no published report (.html, .htm, .docx, .pdf, .doc, .wps) in this directory; " + "expected "
                        + PUBLISHED_EN + ", or a directory that holds them",
                "此目录中没有已发布的报告" + "（.html、.htm、.docx、.pdf、.doc、.wps）；应为" + PUBLISHED_ZH + "或含有报告的目录");
    }

    public static Message outputExists() {
        return of(
                "import-output-exists",
                "already exists; expected a new file name, or --force to replace it",
                "文件已存在；应为新的文件名，或加 --force 覆盖");
    }

    public static Message outputUnwritable(String reason) {
        return of(
                "import-output-unwritable",
                "cannot be written (" + reason + "); expected a file name in a directory " + "you can write to",
                "无法写入（" + reason + "）；应为可写目录中的文件名");
    }

    /** What {@code gen import} says for each YAML it wrote: complete or not, and how many warnings. */
    public static Message wrote(String file, boolean complete, long warnings) {
        return of(
                "import-wrote",
                "wrote " + file + " (" + (complete ? "complete" : "incomplete: 缺失 to fill in") + ", "
                        + count(warnings, "warning") + ")",
                "已写出 " + file + "（" + (complete ? "导入完整" : "不完整：有 缺失 项待补") + "，" + warnings + " 个警告）");
    }

    /**
     * What {@code gen import} says after several files: how many were imported complete, with 缺失 to fill in, wait
     * for {@code --agency}/{@code --year}, and were not imported (refused, unreadable, or not written).
     */
    public static Message summary(int complete, int incomplete, int needAgencyOrYear, int notImported) {
        int files = complete + incomplete + needAgencyOrYear + notImported;
        return of(
                "import-summary",
                count(files, "file") + ": " + complete + " complete, " + incomplete + " with 缺失 "
                        + "to fill in, " + needAgencyOrYear + " to import again with --agency or --year, " + notImported
                        + " not imported",
                files + " 个文件：" + complete + " 个导入完整，" + incomplete + " 个有 缺失 项待补，" + needAgencyOrYear
                        + " 个需加 --agency 或 --year 重新导入，" + notImported + " 个未导入");
    }

    // --- the published file as a whole

    public static Message oldWordFile(String extension) {
        boolean wps = extension.equals("wps");
        return of(
                "import-old-word-file",
                "a " + (wps ? "WPS (.wps)" : "Word 97-2003 (.doc)") + " file cannot be "
                        + "read; expected a .docx: open it in Word or WPS and save it as .docx, then import that",
                "无法读取" + (wps ? " WPS 文件（.wps）" : " Word 97-2003 文件（.doc）") + "；应为 .docx：请在 Word 或 WPS 中"
                        + "打开，“另存为”.docx 后再导入");
    }

    public static Message unknownType() {
        return of(
                "import-unknown-type",
                "is not a report the importer reads; expected a .html/.htm page, a .docx or a " + ".pdf",
                "不是可以导入的报告文件；应为网页（.html、.htm）、.docx 或 .pdf");
    }

    public static Message docxDamaged() {
        return of(
                "import-unreadable",
                "cannot be read as a .docx (the file is damaged, or it is not a Word "
                        + "document); expected a complete .docx saved by Word or WPS",
                "无法按 .docx 读取（文件已损坏，或不是 Word " + "文档）；应为 Word 或 WPS 保存的完整 .docx 文件");
    }

    public static Message docxWithoutText() {
        return of(
                "import-unreadable",
                "cannot be read as a .docx (the package holds no document text, "
                        + "word/document.xml); expected a .docx saved by Word or WPS",
                "无法按 .docx 读取（文件包中没有正文 " + "word/document.xml）；应为 Word 或 WPS 保存的 .docx 文件");
    }

    public static Message docxTextDamaged() {
        return of(
                "import-unreadable",
                "cannot be read as a .docx (its text, word/document.xml, is damaged); expected "
                        + "an undamaged .docx: open it in Word or WPS and save it again",
                "无法按 .docx 读取（正文部分 " + "word/document.xml 已损坏）；应为完好的 .docx：请在 Word 或 WPS 中打开后重新保存");
    }

    public static Message docxTooLarge(long megabytes) {
        return of(
                "import-file-too-large",
                "cannot be read as a .docx (it unpacks to more than " + megabytes + " MB); "
                        + "expected a report of a few MB",
                "无法按 .docx 读取（解压后超过 " + megabytes + " MB）；报告文件应只有" + "几 MB");
    }

    public static Message pdfDamaged() {
        return of(
                "import-unreadable",
                "cannot be read as a PDF (the file is damaged, or it is not a PDF); expected a "
                        + "complete PDF saved from Word or WPS",
                "无法按 PDF 读取（文件已损坏，或不是 PDF）；应为从 Word 或 WPS 保存的" + "完整 PDF");
    }

    public static Message pdfPassword() {
        return of(
                "import-pdf-password",
                "cannot be read as a PDF (it is protected by a password); expected a PDF "
                        + "without a password, or the .docx itself",
                "无法按 PDF 读取（文件设有密码）；应为没有密码的 PDF，或直接导入 " + ".docx 原件");
    }

    public static Message scanned(int pages) {
        return of(
                "import-pdf-scanned",
                "the PDF has no text layer on its " + count(pages, "page") + " (a scan or a "
                        + "picture of the report); expected a PDF saved from Word or WPS, or the .docx itself",
                "这份 PDF（共 " + pages + " 页）没有文字层（是扫描件或图片）；应为从 Word 或 WPS 保存的 PDF，或直接导入 .docx 原件");
    }

    public static Message noTables() {
        return of(
                "import-no-tables",
                "no table of the official form was found; expected a 政府信息公开工作年度报告 with "
                        + "its tables 二、主动公开政府信息情况, 三、收到和处理政府信息公开申请情况 and 四、政府信息公开行政复议、行政诉讼情况",
                "没有找到官方格式的表格；应为含有“二、主动公开政府信息情况”“三、收到和处理政府信息公开申请情况”" + "“四、政府信息公开行政复议、行政诉讼情况”各表的政府信息公开工作年度报告");
    }

    public static Message noAgency(String title) {
        String expectedEn = "expected --agency NAME, e.g. --agency 巴里坤县人民政府";
        String expectedZh = "应加 --agency 机关名称，如 --agency 巴里坤县人民政府";
        return title.isEmpty()
                ? of(
                        "import-no-agency",
                        "the report has no title to read the agency from; " + expectedEn,
                        "报告没有标题，无法读出报告机关；" + expectedZh)
                : of(
                        "import-no-agency",
                        "the agency cannot be read reliably from the title '" + title + "'; " + expectedEn,
                        "无法从标题“" + title + "”可靠地读出报告机关；" + expectedZh);
    }

    public static Message noYear(String title) {
        String expectedEn = "expected --year YEAR, e.g. --year 2023";
        String expectedZh = "应加 --year 年度，如 --year 2023";
        return title.isEmpty()
                ? of(
                        "import-no-year",
                        "the report has no title to read the year from; " + expectedEn,
                        "报告没有标题，无法读出年度；" + expectedZh)
                : of(
                        "import-no-year",
                        "the year cannot be read reliably from the title '" + title + "'; " + expectedEn,
                        "无法从标题“" + title + "”可靠地读出年度；" + expectedZh);
    }

    public static Message invisible(int count) {
        return of(
                "import-invisible",
                count + " invisible " + (count == 1 ? "character" : "characters")
                        + " (zero-width spaces, byte-order marks) removed; expected visible text only",
                "删除了 " + count + " 个不可见字符（零宽空格、字节顺序标记）；应只有可见的文字");
    }

    public static Message gbkGuessed() {
        return of(
                "import-gbk-guessed",
                "the page declares no character set; read as GBK, the encoding of most older "
                        + "government sites; expected a <meta charset> (check the Chinese text of the YAML)",
                "网页没有声明字符集" + "，已按 GBK（多数较早的政府网站所用的编码）读取；网页应有 <meta charset>（请核对 YAML 中的中文有无乱码）");
    }

    // --- the report's structure

    public static Message noSections() {
        return of(
                "import-no-sections",
                "no section heading such as 一、总体情况 was found; expected the six numbered "
                        + "sections of the form, the text is kept as the preamble",
                "没有找到“一、总体情况”这样的章节标题，正文按前言" + "保留；应为官方格式的六个编号章节");
    }

    public static Message tableOutsideSections(String table) {
        return of(
                "import-table-outside-sections",
                "table " + table + " stands before the first section heading; "
                        + "expected it under its section, it is shown by no section",
                "表格“" + table + "”位于第一个章节标题之前，" + "没有章节显示它；应放在所属章节之下");
    }

    public static Message secondTable(String heading, String table) {
        return of(
                "import-second-table",
                "section '" + heading + "' shows a second table (" + table + "), which is "
                        + "left out of the section; expected one table a section",
                "章节“" + heading + "”中有第二张表格（" + table + "），未放入该章节；每个章节应只有一张表格");
    }

    public static Message tableTwice(String table) {
        return of(
                "import-table-twice",
                "table " + table + " appears a second time; the second is left out; expected "
                        + "each official table once",
                "表格“" + table + "”出现了第二次，第二张未导入；每张官方表格应只出现一次");
    }

    public static Message textAfterTable(String heading) {
        return of(
                "import-text-after-table",
                "section '" + heading + "' has text after its table, moved before the "
                        + "table; expected a section's text before its table, as the form prints it",
                "章节“" + heading + "”在" + "表格之后还有文字，已移到表格之前；按官方格式，章节的文字应在表格之前");
    }

    public static Message missingTable(String table) {
        return of(
                "import-table-missing",
                "table " + table + " is not in the published report, every cell recorded as "
                        + "缺失; expected the official table with its rows",
                "原报告中没有表格“" + table + "”，各单元格均记为 缺失；" + "应有该官方表格及其各行");
    }

    public static Message formatGuessed(String format) {
        return of(
                "import-format-guessed",
                "table 二 does not tell the format, taken as " + format + "; expected the "
                        + "rows and columns of 国办公开办函〔2021〕30号 or 〔2019〕60号",
                "从表二看不出格式，按 " + format + " 年版导入；" + "表格的行和列应符合国办公开办函〔2021〕30号或〔2019〕60号");
    }

    public static Message dateNotReal(String text) {
        return of(
                "import-date-not-real",
                "the date '" + text + "' under the signature is not a date of the calendar, "
                        + "left out; expected a date such as 2024年1月10日",
                "落款日期“" + text + "”不是日历上的日期，未导入；应为 " + "2024年1月10日 这样的日期");
    }

    // --- rows and columns

    public static Message similarLabel(String table, String found, String official) {
        return of(
                "import-similar-row",
                table + " row '" + found + "' is read as " + official + " (similar, not "
                        + "equal); expected the official label '" + official + "'",
                table + "中的“" + found + "”一行按“" + official + "”读取（相近但不相同）；应为官方名称“" + official + "”");
    }

    public static Message similarColumn(String table, String found, String official) {
        return of(
                "import-similar-column",
                table + " column '" + found + "' is read as " + official + " (similar, not "
                        + "equal); expected the official header '" + official + "'",
                table + "中的“" + found + "”一列按“" + official + "”读取（相近但不相同）；应为官方栏目名称“" + official + "”");
    }

    public static Message unmatchedRow(String table, String found) {
        return of(
                "import-unknown-row",
                table + " row '" + found + "' is no row of the official table, left out; "
                        + "expected only the rows of the form",
                table + "中的“" + found + "”一行不是官方表格中的行，未导入；" + "应只有官方格式中的行");
    }

    public static Message ambiguousRow(String table, String found, List<String> names) {
        return of(
                "import-ambiguous-row",
                table + " row '" + found + "' could be any of " + String.join(", ", names)
                        + ", left out; expected the official label of one row",
                table + "中的“" + found + "”一行可能是以下任一行：" + String.join("、", names) + "，未导入；应为其中一行的官方名称");
    }

    public static Message duplicateRow(String table, String name, Origin first) {
        return of(
                "import-duplicate-row",
                table + " row " + name + " is given again (first at " + first.in(Language.EN)
                        + "), the second is left out; expected each row once",
                table + "中的“" + name + "”一行再次出现（首次在 " + first.in(Language.ZH) + "），第二次未导入；每行应只出现一次");
    }

    public static Message missingRow(String table, String name, String label) {
        return of(
                "import-row-missing",
                table + " row " + name + " is not in the published table, recorded as 缺失; "
                        + "expected a row labelled '" + label + "'",
                table + "：原表中没有“" + name + "”一行，记为 缺失；应有名为“" + label + "”的一行");
    }

    public static Message missingColumn(String table, String column) {
        return of(
                "import-column-missing",
                table + " column " + column + " is not in the published table, its cells "
                        + "recorded as 缺失; expected a column headed '" + column + "'",
                table + "：原表中没有“" + column + "”一列，" + "这一列记为 缺失；应有栏目名称为“" + column + "”的一列");
    }

    public static Message missingCells(String name, int found, int expected, List<String> columns) {
        return of(
                "import-missing-cells",
                name + " has " + count(found, "cell") + ", the rest recorded as 缺失; " + "expected " + expected + " ("
                        + String.join(", ", columns) + ")",
                name + "只有 " + found + " 个单元格，" + "其余记为 缺失；应为 " + expected + " 个（" + String.join("、", columns) + "）");
    }

    public static Message extraCells(String name, String extra, int expected) {
        return of(
                "import-extra-cells",
                name + " has more cells than the form ('" + extra + "' left out); expected " + expected,
                name + "的单元格比官方格式多（“" + extra + "”未导入）；应为 " + expected + " 个");
    }

    // --- cells

    public static Message dash(String name, String text) {
        return of(
                "import-cell-dash",
                name + " is '" + text + "', not a value, kept blank (~); expected a number, 0 " + "or an empty cell",
                name + "为“" + text + "”，不是数值，按空白（~）导入；应为数字、0 或空白单元格");
    }

    public static Message blank(String name, List<String> columns) {
        return of(
                "import-cell-blank",
                name + " " + String.join(", ", columns) + (columns.size() == 1 ? " is" : " are")
                        + " blank in the published table, kept blank (~: printed blank, counted as 0); expected a number or 0",
                name + " " + String.join("、", columns) + "在原表中是空白，按空白（~）导入（印为空白，按 0 计）；应为数字或 0");
    }

    public static Message unitDropped(String name, String text, String unit, String written) {
        return of(
                "import-cell-unit",
                name + " '" + text + "' carries the column's unit " + unit + ", written " + written
                        + "; expected the number alone, the header names the unit",
                name + "“" + text + "”带有栏目标题" + "中已有的单位“" + unit + "”，写为 " + written + "；应只写数字，单位见栏目标题");
    }

    public static Message separator(String name, String text, String written) {
        return of(
                "import-cell-separator",
                name + " '" + text + "' has a thousands separator, written " + written + "; expected digits only",
                name + "“" + text + "”带有千位分隔符，写为 " + written + "；应只写数字");
    }

    public static Message fullWidth(String name, String text, String written) {
        return of(
                "import-cell-full-width",
                name + " '" + text + "' has full-width digits, written " + written + "; expected half-width digits",
                name + "“" + text + "”用了全角数字，写为 " + written + "；应为半角数字");
    }

    public static Message notACount(String name, String text) {
        return of(
                "import-cell-not-count",
                name + " '" + text + "' is not a count, recorded as 缺失; expected a whole " + "number ≥ 0",
                name + "“" + text + "”不是数量，记为 缺失；应为不小于 0 的整数");
    }

    public static Message notAnAmount(String name, String text) {
        return of(
                "import-cell-not-amount",
                name + " '" + text + "' is not an amount, recorded as 缺失; expected an " + "amount such as 3130.24",
                name + "“" + text + "”不是金额，记为 缺失；应为金额，如 3130.24");
    }

    // --- the notes at the top and the end of the written YAML

    public static Message noteSource(String source) {
        return of(
                "import-note-source",
                "Imported by gen import from " + source + ". Check it against the published "
                        + "report; the problems found while importing are listed at the end.",
                "由 gen import 从 " + source + " 导入。请对照原报告核对，文末列出导入时发现的问题。");
    }

    public static Message noteCells() {
        return of(
                "import-note-cells",
                "~ marks a cell blank in the published table (counted as 0); 缺失 marks a value "
                        + "the published report does not give, to be filled in.",
                "~ 表示原表格中的空白格（按 0 计）；缺失 表示" + "原报告没有给出的数值，需要补上。");
    }

    public static Message noteComplete() {
        return of("import-note-complete", "Import complete: no problems found.", "导入完整：没有发现问题。");
    }

    public static Message noteProblems(int count) {
        return of(
                "import-note-problems",
                "Problems found while importing (" + count + "):",
                "导入时发现的问题（" + count + " 条）：");
    }

    // --- places in files without lines (a DOCX, a PDF)

    /** The {@code n}th paragraph of a DOCX. */
    public static Origin paragraph(int n) {
        return Origin.place("paragraph " + n, "第 " + n + " 段");
    }

    /** The {@code n}th table of a DOCX. */
    public static Origin table(int n) {
        return Origin.place("table " + n, "第 " + n + " 个表格");
    }

    /** A cell of a DOCX's table, all 1-based. */
    public static Origin cell(int table, int row, int cell) {
        return Origin.place(
                "table " + table + ", row " + row + ", cell " + cell,
                "第 " + table + " 个表格第 " + row + " 行第 " + cell + " 格");
    }

    /** The {@code line}th line of a PDF's page. */
    public static Origin pageLine(int page, int line) {
        return Origin.place("page " + page + ", line " + line, "第 " + page + " 页第 " + line + " 行");
    }

    /** The {@code table}th table of a PDF's page. */
    public static Origin pageTable(int page, int table) {
        return Origin.place("page " + page + ", table " + table, "第 " + page + " 页第 " + table + " 个表格");
    }

    /** A cell of a table of a PDF's page, all 1-based. */
    public static Origin pageCell(int page, int table, int row, int cell) {
        return Origin.place(
                "page " + page + ", table " + table + ", row " + row + ", cell " + cell,
                "第 " + page + " 页第 " + table + " 个表格第 " + row + " 行第 " + cell + " 格");
    }
}
