package cn.zfxxgk.report.ingest;

import java.util.List;

/**
 * Every message of {@code gen import} and {@code check --previous}, built in one place so that a catalogue of Chinese and
 * English texts can replace them later. Each says what is wrong and what was expected, naming rows and columns by their
 * official labels.
 */
public final class ImportMessages {

    private ImportMessages() {
    }

    // --- the file as a whole

    public static String oldWordFile(String extension) {
        return "a " + (extension.equals("wps") ? "WPS (.wps)" : "Word 97-2003 (.doc)") + " file cannot be read; "
                + "expected a .docx: open it in Word or WPS and save it as .docx, then import that";
    }

    public static String unknownType() {
        return "is not a report the importer reads; expected a .html/.htm page, a .docx or a .pdf";
    }

    public static String unreadable(String what, String detail) {
        return "cannot be read as " + what + " (" + detail + "); expected a complete, undamaged file";
    }

    public static String scanned(int pages) {
        return "the PDF has no text layer on its " + pages + (pages == 1 ? " page" : " pages")
                + " (a scan or a picture of the report); expected a PDF saved from Word or WPS, or the .docx itself";
    }

    public static String noTables() {
        return "no table of the official form was found; expected a 政府信息公开工作年度报告 with its tables "
                + "二、主动公开政府信息情况, 三、收到和处理政府信息公开申请情况 and 四、政府信息公开行政复议、行政诉讼情况";
    }

    public static String noAgency(String title) {
        return title.isEmpty()
                ? "the report has no title to read the agency from; expected --agency NAME, e.g. --agency 巴里坤县人民政府"
                : "the agency cannot be read reliably from the title '" + title + "'; expected --agency NAME, e.g. "
                        + "--agency 巴里坤县人民政府";
    }

    public static String noYear(String title) {
        return title.isEmpty()
                ? "the report has no title to read the year from; expected --year YEAR, e.g. --year 2023"
                : "the year cannot be read reliably from the title '" + title + "'; expected --year YEAR, e.g. "
                        + "--year 2023";
    }

    public static String invisible(int count) {
        return count + " invisible " + (count == 1 ? "character" : "characters") + " (zero-width spaces, byte-order "
                + "marks) removed; expected visible text only";
    }

    public static String gbkGuessed() {
        return "the page declares no character set; read as GBK, the encoding of most older government sites; "
                + "expected a <meta charset> (check the Chinese text of the YAML)";
    }

    // --- structure

    public static String noSections() {
        return "no section heading such as 一、总体情况 was found; expected the six numbered sections of the form, "
                + "the text is kept as the preamble";
    }

    public static String tableOutsideSections(String table) {
        return "table " + table + " stands before the first section heading; expected it under its section, "
                + "it is shown by no section";
    }

    public static String secondTable(String heading, String table) {
        return "section '" + heading + "' shows a second table (" + table + "), which is left out of the section; "
                + "expected one table a section";
    }

    public static String tableTwice(String table) {
        return "table " + table + " appears a second time; the second is left out; expected each official table once";
    }

    public static String textAfterTable(String heading) {
        return "section '" + heading + "' has text after its table, moved before the table; expected a section's "
                + "text before its table, as the form prints it";
    }

    public static String missingTable(String table) {
        return "table " + table + " is not in the published report, every cell recorded as 缺失; expected the "
                + "official table with its rows";
    }

    public static String formatGuessed(String code) {
        return "table 二 does not tell the format, taken as " + code + "; expected the rows and columns of "
                + "国办公开办函〔2021〕30号 or 〔2019〕60号";
    }

    public static String dateNotReal(String text) {
        return "the date '" + text + "' under the signature is not a date of the calendar, left out; expected a date "
                + "such as 2024年1月10日";
    }

    // --- rows and columns

    public static String similarLabel(String table, String found, String official) {
        return table + " row '" + found + "' is read as " + official + " (similar, not equal); expected the official "
                + "label '" + official + "'";
    }

    public static String similarColumn(String table, String found, String official) {
        return table + " column '" + found + "' is read as " + official + " (similar, not equal); expected the "
                + "official header '" + official + "'";
    }

    public static String unmatchedRow(String table, String found) {
        return table + " row '" + found + "' is no row of the official table, left out; expected only the rows of "
                + "the form";
    }

    public static String ambiguousRow(String table, String found, List<String> names) {
        return table + " row '" + found + "' could be any of " + String.join(", ", names) + ", left out; expected the "
                + "official label of one row";
    }

    public static String duplicateRow(String table, String name, Origin first) {
        return table + " row " + name + " is given again (first at " + first + "), the second is left out; "
                + "expected each row once";
    }

    public static String missingRow(String table, String name, String label) {
        return table + " row " + name + " is not in the published table, recorded as 缺失; expected a row labelled '"
                + label + "'";
    }

    public static String missingColumn(String table, String column) {
        return table + " column " + column + " is not in the published table, its cells recorded as 缺失; expected "
                + "a column headed '" + column + "'";
    }

    public static String missingCells(String name, int found, int expected, List<String> columns) {
        return name + " has " + found + (found == 1 ? " cell" : " cells") + ", the rest recorded as 缺失; expected "
                + expected + " (" + String.join(", ", columns) + ")";
    }

    public static String extraCells(String name, String extra, int expected) {
        return name + " has more cells than the form ('" + extra + "' left out); expected " + expected;
    }

    // --- cells

    public static String dash(String name, String text) {
        return name + " is '" + text + "', not a value, kept blank (~); expected a number, 0 or an empty cell";
    }

    public static String blank(String name, List<String> columns) {
        return name + " " + String.join(", ", columns) + (columns.size() == 1 ? " is" : " are") + " blank in the "
                + "published table, kept blank (~: printed blank, counted as 0); expected a number or 0";
    }

    public static String unitDropped(String name, String text, String unit, String written) {
        return name + " '" + text + "' carries the column's unit " + unit + ", written " + written + "; expected the "
                + "number alone, the header names the unit";
    }

    public static String separator(String name, String text, String written) {
        return name + " '" + text + "' has a thousands separator, written " + written + "; expected digits only";
    }

    public static String fullWidth(String name, String text, String written) {
        return name + " '" + text + "' has full-width digits, written " + written + "; expected half-width digits";
    }

    public static String notACount(String name, String text) {
        return name + " '" + text + "' is not a count, recorded as 缺失; expected a whole number ≥ 0";
    }

    public static String notAnAmount(String name, String text) {
        return name + " '" + text + "' is not an amount, recorded as 缺失; expected an amount such as 3130.24";
    }
}
