package cn.zfxxgk.report.template;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.ParserConfigurationException;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The official tables as the HTML template prints them: for each {@code <table class="form" data-table="…">} of the
 * page, its column widths (the {@code <col style="width: …">} values) and the text of every cell in order, lines split
 * at {@code <br/>}. An editor rewords a label or widens a column in {@code report.ftlh} (README.md, "Templates"); the
 * Word document takes both from here, so that one change reaches HTML, PDF and DOCX alike.
 */
public final class PrintedTables {

    private static final Pattern WIDTH = Pattern.compile("(?:^|;)\\s*width\\s*:\\s*([^;]+)");

    /** One printed table: its kind ({@code 主动公开} …), its columns' CSS widths, and each cell's lines in order. */
    public record Printed(String kind, List<String> columns, List<List<String>> cells) {

        public Printed {
            columns = List.copyOf(columns);
            cells = List.copyOf(cells);
        }
    }

    private final Map<String, Printed> tables;

    private PrintedTables(Map<String, Printed> tables) {
        this.tables = tables;
    }

    /** The tables of {@code xhtml}, a page the HTML template made (and {@link XhtmlCheck} found well-formed). */
    public static PrintedTables of(String xhtml) {
        Reader reader = new Reader();
        try {
            XhtmlCheck.parse(xhtml, reader);
        } catch (SAXException | IOException | ParserConfigurationException e) {
            // the page was checked when it was made; nothing printed is known, so the official form stands
            return new PrintedTables(Map.of());
        }
        return new PrintedTables(reader.tables);
    }

    /** No page: every table as the official form prints it. */
    public static PrintedTables none() {
        return new PrintedTables(Map.of());
    }

    /** The printed table of {@code kind}, when the page has one. */
    public Optional<Printed> table(String kind) {
        return Optional.ofNullable(tables.get(kind));
    }

    /** Collects each form table's columns and cells. */
    private static final class Reader extends DefaultHandler {
        private final Map<String, Printed> tables = new LinkedHashMap<>();
        private String kind;
        private List<String> columns;
        private List<List<String>> cells;
        private List<String> lines;
        private StringBuilder line;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            String name = localName.toLowerCase(Locale.ROOT);
            if (name.equals("table") && (" " + attributes.getValue("class") + " ").contains(" form ")) {
                kind = String.valueOf(attributes.getValue("data-table"));
                columns = new ArrayList<>();
                cells = new ArrayList<>();
            } else if (kind != null && name.equals("col")) {
                Matcher width = WIDTH.matcher(String.valueOf(attributes.getValue("style")));
                columns.add(width.find() ? width.group(1).strip() : "auto");
            } else if (kind != null && (name.equals("td") || name.equals("th"))) {
                lines = new ArrayList<>();
                line = new StringBuilder();
            } else if (line != null && name.equals("br")) {
                lines.add(line.toString());
                line = new StringBuilder();
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (line != null) {
                line.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            String name = localName.toLowerCase(Locale.ROOT);
            if (line != null && (name.equals("td") || name.equals("th"))) {
                lines.add(line.toString());
                cells.add(List.copyOf(lines));
                line = null;
            } else if (kind != null && name.equals("table")) {
                tables.putIfAbsent(kind, new Printed(kind, columns, cells));
                kind = null;
            }
        }
    }
}
