package cn.zfxxgk.report.render.html;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * HTML output: the report's XHTML (made once per report from {@code templates/report.ftlh}, shared with the PDF) made
 * ready for the web. The template's screen style lays it out for phones and desktops and its print style gives A4
 * pages; this class adds what the PDF must not have and the template cannot know: web addresses in the text become
 * links (which may break anywhere on screen, so a long address never leaves a justified line spread out), and when the
 * template asks for a fragment ({@code <meta name="html-output" content="fragment"/>}) only the report is written, a
 * {@code <div class="report" lang="zh-CN">} with the screen style before it, for pasting into a website's CMS.
 *
 * <p>The result stays well-formed XHTML, UTF-8, and the same bytes for the same input.
 */
public final class HtmlRenderer {

    /** The {@code content} of {@code <meta name="html-output">} that asks for a fragment. */
    public static final String FRAGMENT = "fragment";

    /**
     * A web address as written in a report: {@code http://}, {@code https://} or {@code www.} and what follows of
     * ASCII letters, digits and the signs an address may hold (a Chinese character or a space ends it).
     */
    private static final Pattern ADDRESS = Pattern.compile("(?:https?://|www\\.)[A-Za-z0-9\\-._~:/?#\\[\\]@!$&'*+,;=%]+",
            Pattern.CASE_INSENSITIVE);

    /** The bytes of the HTML file. */
    public byte[] render(String xhtml) {
        Document page = Jsoup.parse(xhtml, "", Parser.xmlParser());
        page.outputSettings().syntax(Document.OutputSettings.Syntax.xml).prettyPrint(false)
                .escapeMode(Entities.EscapeMode.xhtml).charset(StandardCharsets.UTF_8);
        Element body = page.selectFirst("body");
        if (body == null) {
            return xhtml.getBytes(StandardCharsets.UTF_8);
        }
        for (Element block : body.select("p, h1, h2, h3, h4, h5, h6, li, td, th")) {
            linkAddresses(block);
        }
        Element mode = page.selectFirst("head > meta[name=html-output]");
        if (mode != null && FRAGMENT.equals(mode.attr("content").strip())) {
            return fragment(page, body).getBytes(StandardCharsets.UTF_8);
        }
        return page.outerHtml().getBytes(StandardCharsets.UTF_8);
    }

    /** The report alone: the screen style, then the body's content in a div carrying the page's class and language. */
    private static String fragment(Document page, Element body) {
        StringBuilder out = new StringBuilder();
        for (Element style : page.select("head > style")) {
            String media = style.attr("media").strip();
            if (media.isEmpty() || media.equals("screen") || media.equals("all")) {
                out.append(style.outerHtml()).append('\n');
            }
        }
        Element root = page.selectFirst("html");
        String lang = root == null ? "" : root.attr("lang");
        Element report = page.createElement("div");
        String className = root == null ? "" : root.className();
        if (!className.isEmpty()) {
            report.attr("class", className);
        }
        report.attr("lang", lang.isEmpty() ? "zh-CN" : lang);
        for (Node child : new ArrayList<>(body.childNodes())) {
            report.appendChild(child);
        }
        body.appendChild(report); // in the document, so that it is written as XHTML too
        out.append(report.outerHtml()).append('\n');
        return out.toString();
    }

    /** Turns each web address in the text directly inside {@code block} into a link to it. */
    private static void linkAddresses(Element block) {
        if (block.closest("a") != null) {
            return;
        }
        for (TextNode text : List.copyOf(block.textNodes())) {
            String whole = text.getWholeText();
            Matcher address = ADDRESS.matcher(whole);
            List<Node> parts = new ArrayList<>();
            int at = 0;
            while (address.find()) {
                String found = trimmed(address.group());
                if (found.length() <= "www.".length()) {
                    continue;
                }
                parts.add(new TextNode(whole.substring(at, address.start())));
                String href = found.regionMatches(true, 0, "www.", 0, 4) ? "http://" + found : found;
                parts.add(new Element("a").attr("class", "url").attr("href", href).text(found));
                at = address.start() + found.length();
            }
            if (parts.isEmpty()) {
                continue;
            }
            parts.add(new TextNode(whole.substring(at)));
            for (Node part : parts) {
                text.before(part);
            }
            text.remove();
        }
    }

    /** An address without the punctuation that ends its sentence: a final {@code .,;:!?'} or an unmatched ). */
    private static String trimmed(String address) {
        String s = address;
        while (!s.isEmpty()) {
            char last = s.charAt(s.length() - 1);
            boolean unmatchedParen = last == ')' && s.chars().filter(ch -> ch == '(').count()
                    < s.chars().filter(ch -> ch == ')').count();
            if (".,;:!?'".indexOf(last) >= 0 || unmatchedParen) {
                s = s.substring(0, s.length() - 1);
            } else {
                break;
            }
        }
        return s;
    }
}
