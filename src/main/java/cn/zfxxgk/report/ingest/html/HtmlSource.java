package cn.zfxxgk.report.ingest.html;

import cn.zfxxgk.report.ingest.Block;
import cn.zfxxgk.report.ingest.Findings;
import cn.zfxxgk.report.ingest.ImportMessages;
import cn.zfxxgk.report.ingest.Origin;
import cn.zfxxgk.report.ingest.SourceDocument;
import cn.zfxxgk.report.ingest.SourceParagraph;
import cn.zfxxgk.report.ingest.SourceReader;
import cn.zfxxgk.report.ingest.SourceTable;
import cn.zfxxgk.report.ingest.Texts;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * A published HTML page as blocks: each paragraph-like element (and each line of one broken by {@code <br>}) a
 * paragraph, each table that holds no other table a grid; tables that only lay out the page (they hold tables) are
 * read through. {@code h1} and {@code h2} mark title lines.
 */
public final class HtmlSource implements SourceReader {

    private static final Pattern DECLARED = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)");
    private static final Set<String> SKIPPED = Set.of(
            "script",
            "style",
            "noscript",
            "template",
            "select",
            "option",
            "textarea",
            "button",
            "iframe",
            "object",
            "svg",
            "input",
            "head",
            "map");
    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "li",
            "ul",
            "ol",
            "dl",
            "dt",
            "dd",
            "section",
            "article",
            "header",
            "footer",
            "nav",
            "aside",
            "main",
            "center",
            "blockquote",
            "pre",
            "form",
            "tr",
            "td",
            "th",
            "tbody",
            "thead",
            "tfoot",
            "address",
            "figure",
            "figcaption",
            "hr",
            "body",
            "caption");

    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private Origin lineAt;
    private boolean lineTitle;
    private int invisible;

    @Override
    public SourceDocument read(byte[] bytes, Findings findings) {
        String html = decode(bytes, findings);
        Document document = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        walk(document.body(), false);
        flush();
        return new SourceDocument(blocks, Texts.clean(document.title()), invisible);
    }

    /** The page's text: in its declared charset, else UTF-8 when it is valid UTF-8, else GBK (reported). */
    static String decode(byte[] bytes, Findings findings) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        Matcher declared =
                DECLARED.matcher(new String(bytes, 0, Math.min(bytes.length, 8192), StandardCharsets.ISO_8859_1));
        if (declared.find()) {
            String name = declared.group(1).toLowerCase(Locale.ROOT);
            if (name.equals("gb2312") || name.equals("gbk") || name.equals("x-gbk")) {
                name = "GB18030"; // what browsers do: the superset reads every GB2312 and GBK page
            }
            try {
                return new String(bytes, Charset.forName(name));
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                // an unknown name: decide by the bytes
            }
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            findings.warning(Origin.FILE, ImportMessages.gbkGuessed());
            return new String(bytes, Charset.forName("GB18030"));
        }
    }

    private void walk(Element element, boolean title) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                String raw = text.getWholeText();
                if (line.length() == 0 && raw.isBlank()) {
                    continue;
                }
                if (lineAt == null) {
                    lineAt = origin(element);
                    lineTitle = title;
                }
                line.append(raw);
            } else if (child instanceof Element e) {
                String tag = e.normalName();
                if (SKIPPED.contains(tag)) {
                    continue;
                }
                if (tag.equals("br")) {
                    flush();
                } else if (tag.equals("table")) {
                    flush();
                    if (e.selectFirst("table table") != null
                            || !e.select("> * > tr > td table, > tr > td table").isEmpty()) {
                        walk(e, title); // lays out the page: its cells are read as blocks
                    } else {
                        blocks.add(table(e));
                    }
                } else if (BLOCKS.contains(tag)) {
                    flush();
                    walk(e, title || tag.equals("h1") || tag.equals("h2"));
                    flush();
                } else {
                    walk(e, title);
                }
            }
        }
    }

    private void flush() {
        String raw = line.toString();
        line.setLength(0);
        String text = Texts.clean(raw);
        if (!text.isEmpty()) {
            invisible += Texts.invisible(raw);
            blocks.add(new SourceParagraph(text, lineAt, lineTitle));
        }
        lineAt = null;
        lineTitle = false;
    }

    private SourceTable table(Element table) {
        List<List<SourceTable.Spanned>> rows = new ArrayList<>();
        for (Element tr : table.select("tr")) {
            List<SourceTable.Spanned> cells = new ArrayList<>();
            for (Element cell : tr.children()) {
                if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) {
                    continue;
                }
                String raw = cell.wholeText();
                invisible += Texts.invisible(raw);
                cells.add(new SourceTable.Spanned(
                        Texts.clean(cellText(cell)), span(cell, "colspan"), span(cell, "rowspan"), origin(cell)));
            }
            rows.add(cells);
        }
        return SourceTable.of(rows, origin(table));
    }

    /** A cell's text with its paragraphs and line breaks as spaces (a label split over lines is one label). */
    private static String cellText(Element cell) {
        StringBuilder text = new StringBuilder();
        for (Node node : cell.childNodes()) {
            if (node instanceof TextNode t) {
                text.append(t.getWholeText());
            } else if (node instanceof Element e && !SKIPPED.contains(e.normalName())) {
                boolean block =
                        BLOCKS.contains(e.normalName()) || e.normalName().equals("br");
                if (block) {
                    text.append(' ');
                }
                text.append(cellText(e));
                if (block) {
                    text.append(' ');
                }
            }
        }
        return text.toString();
    }

    private static int span(Element cell, String attribute) {
        try {
            return Math.max(1, Integer.parseInt(cell.attr(attribute).strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static Origin origin(Element element) {
        var start = element.sourceRange().start();
        return start.lineNumber() > 0 ? Origin.at(start.lineNumber(), start.columnNumber()) : Origin.FILE;
    }
}
