package cn.zfxxgk.report.ingest;

import cn.zfxxgk.report.form.OfficialForm;
import cn.zfxxgk.report.model.Cell;
import cn.zfxxgk.report.model.FormatVersion;
import cn.zfxxgk.report.model.Position;
import cn.zfxxgk.report.model.Table;
import cn.zfxxgk.report.model.TableKind;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the report inside a {@link SourceDocument}, the same way for every format: the official tables by their
 * content, the numbered sections around them (一、 … or 1、 … as published), the title and preamble before the first
 * section, the signature (agency and date) at the end, and the site's menus and footers left out around it.
 */
final class ReportAssembler {

    private static final Pattern CHINESE_HEADING = Pattern.compile("^([一二三四五六七八九十]{1,3})、\\s*(.*)$");
    private static final Pattern ARABIC_HEADING = Pattern.compile("^(\\d{1,2})、\\s*(.*)$");
    private static final Pattern DATE = Pattern.compile("^(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日$");
    private static final Pattern AGENCY_END =
            Pattern.compile(".*(政府|办公室|办公厅|局|委员会|委|厅|院|中心|办事处|管委会|公署|分局|署|所|站|队|乡|镇|街道)$");
    private static final Pattern CHROME = Pattern.compile("^[【\\[]?(当前位置|您当前的位置|您现在的位置|首页|发布时间|发布日期|"
            + "信息来源|来源[：:]|字号|浏览次数|点击数|阅读次数|访问量|打印|关闭|分享到|上一篇|下一篇|相关链接|相关文件|扫一扫|"
            + "主办单位|主办[：:]|承办|版权所有|网站标识码|技术支持|联系我们|网站地图|索引号|发布机构|文号|时效性|公开方式|"
            + "成文日期|责任编辑|编辑[：:]|附件[：:]|分享|收藏|返回顶部).*|.*(ICP备|公网安备|网站标识码|版权所有|主办单位).*");
    private static final String NO_BODY = "（此页无正文）";
    private static final int HEADING_MAX = 40;

    private final Findings findings;

    ReportAssembler(Findings findings) {
        this.findings = findings;
    }

    /** The report in {@code document}, or empty (with an error) when it holds no official table. */
    Optional<Draft> assemble(SourceDocument document) {
        List<Block> blocks = document.blocks();
        Map<Integer, TableKind> official = new LinkedHashMap<>();
        Map<TableKind, SourceTable> tables = new EnumMap<>(TableKind.class);
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof SourceTable table) {
                TableKind kind = kind(table);
                if (kind == null) {
                    continue;
                }
                if (tables.containsKey(kind)) {
                    findings.warning(table.at(), ImportMessages.tableTwice(kind.title()));
                    continue;
                }
                tables.put(kind, table);
                official.put(i, kind);
            }
        }
        if (official.isEmpty()) {
            findings.error(Origin.FILE, ImportMessages.noTables());
            return Optional.empty();
        }
        int firstTable = official.keySet().iterator().next();
        int lastTable = new ArrayList<>(official.keySet()).get(official.size() - 1);
        int start = firstHeading(blocks, firstTable);
        if (start < 0) {
            findings.warning(blocks.get(firstTable).at(), ImportMessages.noSections());
        }
        int bodyStart = start < 0 ? firstTable : start;
        List<Integer> titleLines = title(blocks, bodyStart);
        List<String> preamble =
                preamble(blocks, titleLines.isEmpty() ? -1 : titleLines.get(titleLines.size() - 1), bodyStart);
        List<String> title = titleLines.stream()
                .map(i -> ((SourceParagraph) blocks.get(i)).text())
                .toList();
        String titleText = title.isEmpty() ? document.metadataTitle() : String.join("", title);

        List<Draft.DraftSection> sections = new ArrayList<>();
        Draft.DraftSignature signature = sections(blocks, bodyStart, lastTable, official, sections);
        FormatVersion format = format(tables);
        return Optional.of(
                new Draft(format, title, titleText, preamble, sections, readTables(tables, format), signature));
    }

    /** Which official table {@code table} is, by words only that table holds; null for any other table. */
    static TableKind kind(SourceTable table) {
        String text = LabelMatcher.normalise(Texts.compact(table.text()));
        if (text.contains("申请人情况") || text.contains("本年新收") || text.contains("结转下年度")) {
            return TableKind.APPLICATIONS;
        }
        if (text.contains("第二十条") || text.contains("信息内容") && text.contains("规章")) {
            return TableKind.ACTIVE;
        }
        if (text.contains("行政复议") && (text.contains("复议后起诉") || text.contains("行政诉讼"))) {
            return TableKind.REVIEWS;
        }
        return null;
    }

    /** The index of 一、 (or 1、) nearest before the first table, or -1. */
    private static int firstHeading(List<Block> blocks, int firstTable) {
        for (Pattern pattern : List.of(CHINESE_HEADING, ARABIC_HEADING)) {
            for (int i = firstTable - 1; i >= 0; i--) {
                if (blocks.get(i) instanceof SourceParagraph p && headingNumber(p.text(), pattern) == 1) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** The number of a section heading written with {@code pattern}, or -1. */
    private static int headingNumber(String text, Pattern pattern) {
        Matcher m = pattern.matcher(text);
        if (!m.matches()
                || text.length() > HEADING_MAX
                || text.endsWith("。")
                || m.group(2).isEmpty()) {
            return -1;
        }
        return pattern == CHINESE_HEADING ? chineseNumber(m.group(1)) : Integer.parseInt(m.group(1));
    }

    static int chineseNumber(String numerals) {
        String digits = "一二三四五六七八九";
        if (numerals.equals("十")) {
            return 10;
        }
        if (numerals.startsWith("十")) {
            return 10 + digits.indexOf(numerals.charAt(1)) + 1;
        }
        if (numerals.length() == 1) {
            return digits.indexOf(numerals.charAt(0)) + 1;
        }
        int tens = digits.indexOf(numerals.charAt(0)) + 1;
        int ones = numerals.length() > 2 ? digits.indexOf(numerals.charAt(2)) + 1 : 0;
        return tens * 10 + ones;
    }

    /** The printed title lines before the body: the report's name, set larger, or as its words show. */
    private static List<Integer> title(List<Block> blocks, int bodyStart) {
        // the nearest line before the body that names the report; a site's own heading above it is chrome
        int last = -1;
        for (int i = bodyStart - 1; i >= 0; i--) {
            if (blocks.get(i) instanceof SourceParagraph p && titleLike(p.text())) {
                last = i;
                break;
            }
        }
        if (last < 0) {
            // no line names the report: a title the file marks as one (set large, Word's Title style)
            for (int i = bodyStart - 1; i >= 0 && last < 0; i--) {
                if (blocks.get(i) instanceof SourceParagraph p && p.title() && !chrome(p.text())) {
                    last = i;
                }
            }
            if (last < 0) {
                return List.of();
            }
            List<Integer> lines = new ArrayList<>();
            for (int i = last; i >= 0 && blocks.get(i) instanceof SourceParagraph p && p.title(); i--) {
                lines.add(0, i);
            }
            return lines;
        }
        List<Integer> lines = new ArrayList<>(List.of(last));
        String joined = ((SourceParagraph) blocks.get(last)).text();
        // a title set on two lines: the line above belongs to it when this one lacks the agency or the year
        while (lines.get(0) > 0
                && blocks.get(lines.get(0) - 1) instanceof SourceParagraph above
                && incomplete(joined)
                && shortLine(above.text())
                && !chrome(above.text())) {
            lines.add(0, lines.get(0) - 1);
            joined = above.text() + joined;
        }
        return lines;
    }

    private static boolean titleLike(String text) {
        return text.contains("报告")
                && (text.contains("信息公开") || text.contains("年度"))
                && text.length() <= 60
                && !text.contains("。")
                && !chrome(text);
    }

    private static boolean incomplete(String title) {
        return TitleReading.year(title).isEmpty()
                || TitleReading.agency(title).isEmpty()
                        && Texts.compact(title).matches("^(20\\d{2}年度?)?(政府)?信息公开.*|^公开.*|^工作.*");
    }

    private static boolean shortLine(String text) {
        return text.length() <= 30 && !text.contains("。") && !text.contains("，");
    }

    /** The paragraphs between the title and the first section: prose, not the page's dates and font-size links. */
    private static List<String> preamble(List<Block> blocks, int title, int bodyStart) {
        List<String> preamble = new ArrayList<>();
        for (int i = bodyStart - 1; i > title; i--) {
            if (!(blocks.get(i) instanceof SourceParagraph p)) {
                if (title < 0) {
                    break;
                }
                continue;
            }
            boolean prose =
                    !chrome(p.text()) && (p.text().length() >= 20 || p.text().contains("。"));
            if (!prose) {
                if (title < 0) {
                    break; // without a title, the report starts after the page's last line that is not prose
                }
                continue;
            }
            preamble.add(0, p.text());
        }
        return preamble;
    }

    static boolean chrome(String text) {
        return CHROME.matcher(text).matches();
    }

    /** Reads the sections from {@code start} to the signature or the site's footer; returns the signature or null. */
    private Draft.DraftSignature sections(
            List<Block> blocks,
            int start,
            int lastTable,
            Map<Integer, TableKind> official,
            List<Draft.DraftSection> sections) {
        String heading = null;
        List<String> paragraphs = new ArrayList<>();
        TableKind table = null;
        boolean afterTable = false;
        boolean ownPage = false;
        String agency = null;
        LocalDate date = null;
        boolean seen = false;
        for (int i = start; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block instanceof SourceTable) {
                TableKind kind = official.get(i);
                if (kind == null) {
                    continue;
                }
                if (heading == null) {
                    findings.warning(block.at(), ImportMessages.tableOutsideSections(kind.title()));
                } else if (table != null) {
                    findings.warning(block.at(), ImportMessages.secondTable(heading, kind.title()));
                } else {
                    table = kind;
                    afterTable = true;
                }
                seen |= i == lastTable;
                continue;
            }
            SourceParagraph p = (SourceParagraph) block;
            String text = p.text();
            if (text.isEmpty()) {
                continue;
            }
            int number = nextHeading(blocks, i, sections.size() + (heading == null ? 0 : 1) + 1);
            if (number > 0) {
                if (heading != null) {
                    sections.add(new Draft.DraftSection(heading, List.copyOf(paragraphs), table));
                }
                heading = text;
                paragraphs.clear();
                table = null;
                afterTable = false;
                continue;
            }
            if (seen && chrome(text)) {
                break;
            }
            if (Texts.compact(text).equals(NO_BODY)) {
                ownPage = true;
                continue;
            }
            Matcher dateLine = DATE.matcher(Texts.compact(text));
            if (seen && dateLine.matches()) {
                date = date(dateLine, text, p.at());
                if (!paragraphs.isEmpty() && agencyLike(paragraphs.get(paragraphs.size() - 1))) {
                    agency = paragraphs.remove(paragraphs.size() - 1);
                }
                break;
            }
            if (heading == null) {
                continue;
            }
            if (afterTable) {
                findings.warning(p.at(), ImportMessages.textAfterTable(heading));
                afterTable = false;
            }
            paragraphs.add(text);
        }
        if (heading != null) {
            if (date == null
                    && agency == null
                    && !paragraphs.isEmpty()
                    && agencyLike(paragraphs.get(paragraphs.size() - 1))
                    && AGENCY_END.matcher(paragraphs.get(paragraphs.size() - 1)).matches()) {
                agency = paragraphs.remove(paragraphs.size() - 1);
            }
            sections.add(new Draft.DraftSection(heading, List.copyOf(paragraphs), table));
        }
        return agency == null && date == null && !ownPage ? null : new Draft.DraftSignature(agency, date, ownPage);
    }

    /**
     * The number of the heading at {@code i} when it is the {@code expected} section's, or -1. A 2、 is taken as a
     * section heading only when the report has no 二、 later (霍城's 1、 工作概述 … 5、 are headings; a list inside a
     * section is not).
     */
    private static int nextHeading(List<Block> blocks, int i, int expected) {
        String text = ((SourceParagraph) blocks.get(i)).text();
        if (headingNumber(text, CHINESE_HEADING) == expected) {
            return expected;
        }
        if (headingNumber(text, ARABIC_HEADING) != expected) {
            return -1;
        }
        for (int j = i + 1; j < blocks.size(); j++) {
            if (blocks.get(j) instanceof SourceParagraph p && headingNumber(p.text(), CHINESE_HEADING) == expected) {
                return -1;
            }
        }
        return expected;
    }

    private static boolean agencyLike(String text) {
        return text.length() <= 30 && !text.matches(".*[。，,；;：:！？\\d].*") && !text.startsWith("（");
    }

    private LocalDate date(Matcher m, String text, Origin at) {
        try {
            return LocalDate.of(
                    Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            findings.warning(at, ImportMessages.dateNotReal(text));
            return null;
        }
    }

    /** The format the tables were published in: table 二's columns tell, else table 三's （六）其他处理 rows. */
    private FormatVersion format(Map<TableKind, SourceTable> tables) {
        SourceTable active = tables.get(TableKind.ACTIVE);
        if (active != null) {
            String text = LabelMatcher.normalise(Texts.compact(active.text()));
            int old = count(text, "本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "政府集中采购", "第二十条第(九)项", "其他对外管理服务事项");
            int current = count(text, "本年制发件数", "本年废止件数", "现行有效件数", "本年处理决定数量", "本年收费金额");
            if (old != current) {
                return old > current ? FormatVersion.F2019 : FormatVersion.F2021;
            }
        }
        SourceTable applications = tables.get(TableKind.APPLICATIONS);
        if (applications != null) {
            String text = LabelMatcher.normalise(Texts.compact(applications.text()));
            if (text.contains("逾期不补正") || text.contains("逾期未按收费通知")) {
                return FormatVersion.F2021;
            }
            if (text.contains("其他处理")) {
                return FormatVersion.F2019;
            }
        }
        findings.warning(active != null ? active.at() : Origin.FILE, ImportMessages.formatGuessed("2021"));
        return FormatVersion.F2021;
    }

    private static int count(String text, String... words) {
        int n = 0;
        for (String word : words) {
            if (text.contains(LabelMatcher.normalise(word))) {
                n++;
            }
        }
        return n;
    }

    private Map<TableKind, Table> readTables(Map<TableKind, SourceTable> tables, FormatVersion format) {
        OfficialForm form = OfficialForm.of(format);
        Map<TableKind, Table> read = new EnumMap<>(TableKind.class);
        for (TableKind kind : TableKind.values()) {
            SourceTable table = tables.get(kind);
            if (table == null) {
                findings.warning(Origin.FILE, ImportMessages.missingTable(kind.title()));
                read.put(kind, lostTable(kind, form));
                continue;
            }
            read.put(
                    kind,
                    switch (kind) {
                        case ACTIVE -> new ActiveTableReader(findings).read(table, form.active());
                        case APPLICATIONS -> new ApplicationTableReader(findings).read(table, form.applications());
                        case REVIEWS -> new ReviewTableReader(findings).read(table);
                    });
        }
        return read;
    }

    private static Table lostTable(TableKind kind, OfficialForm form) {
        Map<String, List<Cell>> rows = new LinkedHashMap<>();
        var formRows = switch (kind) {
            case ACTIVE -> form.active().rows();
            case APPLICATIONS -> form.applications().rows();
            case REVIEWS -> cn.zfxxgk.report.form.ReviewForm.ROWS;
        };
        formRows.forEach(
                row -> rows.put(row.id(), Collections.nCopies(row.columns().size(), Cell.lost(Position.NONE))));
        return new Table(kind, rows, Position.NONE);
    }
}
