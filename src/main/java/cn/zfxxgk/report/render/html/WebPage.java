package cn.zfxxgk.report.render.html;

import cn.zfxxgk.report.render.Rendered;
import cn.zfxxgk.report.render.Renderer;
import cn.zfxxgk.report.render.Subject;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTML output: the report's XHTML (made once per report from {@code templates/report.ftlh}, shared with the PDF) made
 * ready for the web. The template's screen style lays it out for phones and desktops and its print style gives A4
 * pages; this class adds what the PDF must not have and the template cannot know: web addresses in the text become
 * links (which may break anywhere on screen, so a long address never leaves a justified line spread out), and when the
 * template asks for a fragment ({@code <meta name="html-output" content="fragment"/>}) only the report is written, a
 * {@code <div class="report" lang="zh-CN">} with the screen style before it, for pasting into a website's CMS.
 *
 * <p>The result stays well-formed XHTML, UTF-8, and the same bytes for the same input; the template's own markup and
 * escaping are kept as they are.
 */
public final class WebPage implements Renderer {

    private final Renderer markup;

    /** The web page of the markup {@code markup} makes (the template's XHTML, shared with the PDF). */
    public WebPage(Renderer markup) {
        this.markup = markup;
    }

    @Override
    public Rendered render(Subject subject) {
        Rendered page = markup.render(subject);
        return page.failed()
                ? page
                : Rendered.of(forWeb(new String(page.bytes(), StandardCharsets.UTF_8)), page.warnings());
    }

    /** The {@code content} of {@code <meta name="html-output">} that asks for a fragment. */
    public static final String FRAGMENT = "fragment";

    /**
     * A web address in escaped text: {@code http://}, {@code https://} or {@code www.} and what follows of ASCII
     * letters, digits, the signs an address may hold and {@code &amp;} (a Chinese character, a space or another entity
     * ends it).
     */
    private static final Pattern ADDRESS = Pattern.compile(
            "(?:https?://|www\\.)(?:[A-Za-z0-9\\-._~:/?#\\[\\]@!$*+,;=%]|&amp;)+", Pattern.CASE_INSENSITIVE);
    /** A tag, a comment or a declaration of the page: what lies between them is text. */
    private static final Pattern MARKUP = Pattern.compile("<!--.*?-->|<!\\[CDATA\\[.*?]]>|<[^>]*>", Pattern.DOTALL);

    private static final Pattern TAG_NAME = Pattern.compile("</?([A-Za-z][A-Za-z0-9]*)");
    private static final Pattern HTML_TAG = Pattern.compile("<html\\b[^>]*>");
    private static final Pattern SCREEN_STYLE = Pattern.compile(
            "<style\\b[^>]*media=\"(?:screen|all)\"[^>]*>.*?</style>|<style>.*?</style>", Pattern.DOTALL);

    /**
     * The bytes of the HTML file. The page is edited as text, not parsed and written again, so everything the template
     * wrote stays exactly as it was (its escaping included) but for the links added.
     */
    public static byte[] forWeb(String xhtml) {
        String page = linkAddresses(xhtml);
        Matcher html = HTML_TAG.matcher(page);
        String htmlTag = html.find() ? html.group() : "";
        if (FRAGMENT.equals(attribute(metaTag(page), "content"))
                && page.contains("<body>")
                && page.contains("</body>")) {
            return fragment(page, htmlTag).getBytes(StandardCharsets.UTF_8);
        }
        return page.getBytes(StandardCharsets.UTF_8);
    }

    /** The {@code <meta name="html-output" …/>} tag, or an empty string. */
    private static String metaTag(String page) {
        Matcher meta =
                Pattern.compile("<meta\\b[^>]*name=\"html-output\"[^>]*>").matcher(page);
        return meta.find() ? meta.group() : "";
    }

    private static String attribute(String tag, String name) {
        Matcher value = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(tag);
        return value.find() ? value.group(1).strip() : "";
    }

    /** The report alone: the screen style, then the body's content in a div carrying the page's class and language. */
    private static String fragment(String page, String htmlTag) {
        StringBuilder out = new StringBuilder();
        String head = page.substring(0, page.indexOf("<body>"));
        Matcher style = SCREEN_STYLE.matcher(head);
        while (style.find()) {
            out.append(style.group()).append('\n');
        }
        String className = attribute(htmlTag, "class");
        String lang = attribute(htmlTag, "lang");
        out.append("<div")
                .append(className.isEmpty() ? "" : " class=\"" + className + "\"")
                .append(" lang=\"")
                .append(lang.isEmpty() ? "zh-CN" : lang)
                .append("\">");
        out.append(page, page.indexOf("<body>") + "<body>".length(), page.lastIndexOf("</body>"));
        out.append("</div>\n");
        return out.toString();
    }

    /** Turns each web address in the text of the body, outside links, into a link to it. */
    private static String linkAddresses(String page) {
        StringBuilder out = new StringBuilder(page.length() + 128);
        Matcher markup = MARKUP.matcher(page);
        int at = 0;
        boolean inBody = false;
        int inLink = 0;
        while (true) {
            boolean found = markup.find();
            int end = found ? markup.start() : page.length();
            String text = page.substring(at, end);
            out.append(inBody && inLink == 0 ? linked(text) : text);
            if (!found) {
                break;
            }
            String tag = markup.group();
            out.append(tag);
            Matcher name = TAG_NAME.matcher(tag);
            if (name.lookingAt()) {
                String element = name.group(1).toLowerCase(Locale.ROOT);
                boolean closing = tag.startsWith("</");
                if (element.equals("body")) {
                    inBody = !closing;
                } else if (element.equals("a") && !tag.endsWith("/>")) {
                    inLink = Math.max(0, inLink + (closing ? -1 : 1));
                }
            }
            at = markup.end();
        }
        return out.toString();
    }

    private static String linked(String text) {
        Matcher address = ADDRESS.matcher(text);
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (address.find()) {
            String found = trimmed(address.group());
            if (found.length() <= "www.".length()) {
                continue;
            }
            String href = found.regionMatches(true, 0, "www.", 0, 4) ? "http://" + found : found;
            out.append(text, at, address.start())
                    .append("<a class=\"url\" href=\"")
                    .append(href)
                    .append("\">")
                    .append(found)
                    .append("</a>");
            at = address.start() + found.length();
        }
        return at == 0 ? text : out.append(text.substring(at)).toString();
    }

    /** An address without the punctuation that ends its sentence: a final {@code .,;:!?} or an unmatched ). */
    private static String trimmed(String address) {
        String s = address;
        while (!s.isEmpty()) {
            char last = s.charAt(s.length() - 1);
            boolean entity = s.endsWith("&amp;");
            boolean unmatchedParen = last == ')'
                    && s.chars().filter(ch -> ch == '(').count()
                            < s.chars().filter(ch -> ch == ')').count();
            if (entity) {
                s = s.substring(0, s.length() - "&amp;".length());
            } else if (".,;:!?".indexOf(last) >= 0 || unmatchedParen) {
                s = s.substring(0, s.length() - 1);
            } else {
                break;
            }
        }
        return s;
    }
}
