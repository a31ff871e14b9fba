package cn.zfxxgk.report.graphic;

import cn.zfxxgk.report.form.ApplicationForm;
import cn.zfxxgk.report.graphic.SvgCanvas.Anchor;
import cn.zfxxgk.report.markup.XmlText;
import cn.zfxxgk.report.model.TableKind;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Collectors;

/**
 * The graphic as SVG: the A4 text area of GB/T 9704 (156 × 225 mm), in the sober style of a government 一图读懂 page — a
 * title, then one part per table (二 as cards of numbers, 三 as its key numbers and a bar per 办理结果, 四 as three cards),
 * last year's numbers beside this year's in grey when they are given. Red and greys only, with every number printed
 * beside its bar, so it reads the same printed in black and white.
 *
 * <p>Every number is a {@code <text data-role="figure">} whose {@code data-cells} names the table cells it is (or
 * is the sum of); last year's are {@code data-role="last-year"} with {@code data-last-year-cells}. Lengths are
 * millimetres (the user units of the {@code viewBox}).
 */
public final class GraphicSvg {

    /** The width of the graphic: the text area's, in mm. */
    public static final double WIDTH = 156;
    /** The height of the graphic: the text area's, in mm. */
    public static final double HEIGHT = 225;

    /** The SVG namespace. */
    public static final String NAMESPACE = "http://www.w3.org/2000/svg";

    /** How every graphic's SVG begins: a page holds the graphic when it holds this. */
    public static final String START = "<svg xmlns=\"" + NAMESPACE + "\" class=\"graphic\"";

    static final String RED = "#B3191E";
    static final String TINT = "#F6EEEE";
    static final String INK = "#262626";
    static final String GREY = "#595959";
    static final String LAST_YEAR = "#A6A6A6";
    static final String RULE = "#D9D9D9";

    private static final double GAP = 3;
    private static final double CARD = (WIDTH - 2 * GAP) / 3;
    private static final double MOST_SPACE = 7;

    private final Graphic graphic;
    private final String lastYearWord;

    private GraphicSvg(Graphic graphic) {
        this.graphic = graphic;
        this.lastYearWord = graphic.comparesYears() ? graphic.lastYear() + "年" : "";
    }

    /**
     * The graphic for a page: an {@code <svg class="graphic">} element (no XML declaration) as wide as its container,
     * its text in {@code fontFamily} (a CSS {@code font-family} value).
     */
    public static String inline(Graphic graphic, String fontFamily) {
        return new GraphicSvg(graphic)
                .svg(fontFamily, "0 0 " + SvgCanvas.mm(WIDTH) + " " + SvgCanvas.mm(HEIGHT), "100%", "", false);
    }

    /**
     * The graphic as a file: an A4 page (210 × 297 mm, white) with the graphic in GB/T 9704's text area, so it
     * prints as the page of the PDF does.
     */
    public static String file(Graphic graphic, String fontFamily) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + new GraphicSvg(graphic).svg(fontFamily, "-28 -37 210 297", "210mm", "297mm", true);
    }

    /** The title the graphic carries for screen readers and as its SVG {@code <title>}. */
    public static String title(Graphic graphic) {
        return graphic.agency() + graphic.year() + "年政府信息公开工作年度报告图解";
    }

    private String svg(String fontFamily, String viewBox, String width, String height, boolean page) {
        SvgCanvas canvas = new SvgCanvas();
        if (page) {
            canvas.rect(-28, -37, 210, 297, "#FFFFFF");
        }
        draw(canvas);
        return START + " viewBox=\"" + viewBox + "\" width=\"" + width + "\""
                + (height.isEmpty() ? "" : " height=\"" + height + "\"") + " font-family=\""
                + XmlText.escape(fontFamily) + "\" role=\"img\" aria-label=\""
                + XmlText.escape(title(graphic) + "（数字与报告第二、三、四部分的表格相同）") + "\" data-year=\"" + graphic.year() + "\""
                + (graphic.comparesYears() ? " data-last-year=\"" + graphic.lastYear() + "\"" : "") + ">\n"
                + "<title>" + XmlText.escape(title(graphic)) + "</title>\n" + canvas.elements() + "</svg>";
    }

    /** The parts of the graphic, each drawn from the top it is given; returns nothing, draws on {@code canvas}. */
    private void draw(SvgCanvas canvas) {
        List<Part> parts = new ArrayList<>();
        parts.add(this::title);
        if (!graphic.active().isEmpty()) {
            parts.add(this::active);
        }
        if (graphic.applications() != null) {
            parts.add(this::applications);
        }
        if (!graphic.reviews().isEmpty()) {
            parts.add(this::reviews);
        }
        parts.add(this::source);
        double used = 0;
        for (Part part : parts) {
            used += part.draw(new SvgCanvas(), 0);
        }
        // what is left of the page is shared out between the parts, up to a limit, so the page is neither crowded
        // at the top nor spread thin
        double space = Math.max(0, Math.min(MOST_SPACE, (HEIGHT - used) / (parts.size() - 1)));
        double y = 0;
        for (Part part : parts) {
            y += part.draw(canvas, y) + space;
        }
    }

    /** A part of the graphic: draws itself from {@code top} and says how tall it is. */
    @FunctionalInterface
    private interface Part {
        double draw(SvgCanvas canvas, double top);
    }

    private double title(SvgCanvas canvas, double top) {
        canvas.rect(0, top, WIDTH, 1.2, RED);
        canvas.text(WIDTH / 2, top + 7.5, 4.6, WIDTH, Anchor.MIDDLE, INK, graphic.agency(), "data-role=\"agency\"");
        canvas.text(
                WIDTH / 2,
                top + 15.5,
                6.6,
                WIDTH,
                Anchor.MIDDLE,
                RED,
                graphic.year() + "年政府信息公开工作年度报告图解",
                "data-role=\"title\"");
        double y = top + 21;
        if (graphic.comparesYears()) {
            legend(canvas, y + 1.8);
            y += 4.6;
        }
        canvas.rect(0, y, WIDTH, 0.5, RED);
        return y + 0.5 - top;
    }

    /** The two swatches that say which year is red and which grey. */
    private void legend(SvgCanvas canvas, double y) {
        double x = WIDTH / 2 - 24;
        canvas.rect(x, y - 1.3, 2.6, 2.6, RED);
        canvas.text(x + 3.6, y, 2.8, 20, Anchor.START, GREY, graphic.year() + "年", "data-role=\"legend\"");
        canvas.rect(x + 26, y - 1.3, 2.6, 2.6, LAST_YEAR);
        canvas.text(x + 29.6, y, 2.8, 20, Anchor.START, GREY, lastYearWord + "（上年）", "data-role=\"legend\"");
    }

    /** A part's heading: the section's official title after a red mark. */
    private static double heading(SvgCanvas canvas, double top, TableKind table) {
        canvas.rect(0, top, 1.6, 5.4, RED);
        canvas.text(3.6, top + 2.7, 4.2, WIDTH - 4, Anchor.START, INK, table.title(), "data-role=\"heading\"");
        return 7.4;
    }

    /**
     * Table 二: a card per row, three to a line, each number with its column's name under it. A number with a long note
     * ({@code 3（退出行政规范性文件管理体系31，继续适用正在修改6件）}) takes more lines, and the cards of its line grow.
     */
    private double active(SvgCanvas canvas, double top) {
        double y = top + heading(canvas, top, TableKind.ACTIVE);
        List<Graphic.Item> items = graphic.active();
        for (int first = 0; first < items.size(); first += 3) {
            List<Graphic.Item> line = items.subList(first, Math.min(items.size(), first + 3));
            double extra = 0;
            double extraLastYear = 0;
            for (Graphic.Item item : line) {
                double each = (CARD - 3) / item.figures().size();
                for (Figure figure : item.figures()) {
                    extra = Math.max(extra, SvgCanvas.linesBelow(figure.text(), 4.8, 2.2, each - 1.2));
                    if (figure.hasLastYear()) {
                        extraLastYear = Math.max(
                                extraLastYear, SvgCanvas.linesBelow("上年 " + figure.lastYear(), 2.3, 1.8, each - 1.2));
                    }
                }
            }
            double height = (graphic.comparesYears() ? 18.6 : 15.4) + extra + extraLastYear;
            for (int i = 0; i < line.size(); i++) {
                card(canvas, i * (CARD + GAP), y, height, extra, line.get(i));
            }
            y += height + 2;
        }
        return y - 2 - top;
    }

    /** A card of table 二; {@code extra} is how much lower than usual the names go, under numbers of several lines. */
    private void card(SvgCanvas canvas, double x, double top, double height, double extra, Graphic.Item item) {
        canvas.rect(x, top, CARD, height, TINT);
        canvas.text(x + 2.4, top + 3.4, 3.1, CARD - 4.8, Anchor.START, INK, item.label(), "data-role=\"item\"");
        double each = (CARD - 3) / item.figures().size();
        for (int f = 0; f < item.figures().size(); f++) {
            Figure figure = item.figures().get(f);
            double centre = x + 1.5 + each * (f + 0.5);
            canvas.lines(centre, top + 8.6, 4.8, 2.2, each - 1.2, Anchor.MIDDLE, RED, figure.text(), figure(figure));
            canvas.text(
                    centre,
                    top + extra + 12.6,
                    2.3,
                    each - 1.2,
                    Anchor.MIDDLE,
                    GREY,
                    figure.label(),
                    "data-role=\"label\"");
            if (figure.hasLastYear()) {
                canvas.lines(
                        centre,
                        top + extra + 15.9,
                        2.3,
                        1.8,
                        each - 1.2,
                        Anchor.MIDDLE,
                        GREY,
                        "上年 " + figure.lastYear(),
                        lastYear(figure));
            }
        }
    }

    /** Table 三: 本年新收, 上年结转 and 结转下年度 as cards, 本年新收 by applicant, and a bar per 办理结果. */
    private double applications(SvgCanvas canvas, double top) {
        Graphic.Applications a = graphic.applications();
        double y = top + heading(canvas, top, TableKind.APPLICATIONS);
        boolean compare = graphic.comparesYears();
        double height = compare ? 17 : 13.6;
        List<Figure> cards = List.of(a.received(), a.carried(), a.carriedOver());
        List<String> names = List.of("本年新收申请", "上年结转申请", "结转下年度继续办理");
        for (int i = 0; i < cards.size(); i++) {
            double x = i * (CARD + GAP);
            Figure figure = cards.get(i);
            canvas.rect(x, y, CARD, height, TINT);
            canvas.text(x + CARD / 2, y + 3.4, 3.1, CARD - 4, Anchor.MIDDLE, INK, names.get(i), "data-role=\"item\"");
            canvas.text(x + CARD / 2, y + 9.2, 6.4, CARD - 4, Anchor.MIDDLE, RED, figure.text(), figure(figure));
            if (figure.hasLastYear()) {
                canvas.text(
                        x + CARD / 2,
                        y + 14.4,
                        2.5,
                        CARD - 4,
                        Anchor.MIDDLE,
                        GREY,
                        "上年 " + figure.lastYear(),
                        lastYear(figure));
            }
        }
        y += height + 2.2;
        y = applicants(canvas, y, a.applicants());
        y += 2.2;
        canvas.text(0, y + 2, 3.1, WIDTH, Anchor.START, INK, ApplicationForm.RESULTS, "data-role=\"item\"");
        y += 4.8;
        return bars(canvas, y, a) - top;
    }

    /** 本年新收 by kind of applicant: one line of six numbers (and last year's under them). */
    private double applicants(SvgCanvas canvas, double top, List<Figure> applicants) {
        canvas.text(0, top + 2, 3.1, WIDTH, Anchor.START, INK, "本年新收申请的申请人情况", "data-role=\"item\"");
        double y = top + 4.6;
        double each = (WIDTH - 5 * 1.6) / applicants.size();
        double height = graphic.comparesYears() ? 11.4 : 8.8;
        for (int i = 0; i < applicants.size(); i++) {
            Figure figure = applicants.get(i);
            double x = i * (each + 1.6);
            canvas.rect(x, y, each, height, TINT);
            canvas.text(
                    x + each / 2, y + 2.4, 2.4, each - 1.6, Anchor.MIDDLE, GREY, figure.label(), "data-role=\"label\"");
            canvas.text(x + each / 2, y + 6.1, 3.8, each - 1.6, Anchor.MIDDLE, RED, figure.text(), figure(figure));
            if (figure.hasLastYear()) {
                canvas.text(
                        x + each / 2,
                        y + 9.3,
                        2.2,
                        each - 1.6,
                        Anchor.MIDDLE,
                        GREY,
                        "上年 " + figure.lastYear(),
                        lastYear(figure));
            }
        }
        return y + height;
    }

    /** A bar per 办理结果, scaled to the largest number of either year, then （七）总计. */
    private double bars(SvgCanvas canvas, double top, Graphic.Applications a) {
        double labels = 30;
        double longest = WIDTH - labels - 16;
        double most = a.results().stream()
                .mapToDouble(figure -> Math.max(figure.value(), figure.hasLastYear() ? figure.lastYearValue() : 0))
                .max()
                .orElse(0);
        DoubleUnaryOperator length = value -> most <= 0 ? 0 : longest * Math.max(0, value) / most;
        boolean compare = graphic.comparesYears();
        double row = compare ? 7.4 : 5.6;
        double y = top;
        for (Figure figure : a.results()) {
            double bar = length.applyAsDouble(figure.value());
            double middle = y + 1.7;
            canvas.text(
                    0,
                    middle + (compare ? 1.1 : 0),
                    3.0,
                    labels - 1,
                    Anchor.START,
                    INK,
                    figure.label(),
                    "data-role=\"label\"");
            canvas.rect(labels, y, bar, 3.4, RED);
            canvas.text(labels + bar + 1.4, middle, 3.2, 14, Anchor.START, RED, figure.text(), figure(figure));
            if (figure.hasLastYear()) {
                double before = length.applyAsDouble(figure.lastYearValue());
                canvas.rect(labels, y + 3.9, before, 2.1, LAST_YEAR);
                canvas.text(
                        labels + before + 1.4,
                        y + 4.95,
                        2.3,
                        14,
                        Anchor.START,
                        GREY,
                        "上年 " + figure.lastYear(),
                        lastYear(figure));
            }
            y += row;
        }
        canvas.rect(labels - 0.3, top - 1, 0.3, y - top + 0.2, GREY); // the bars' axis
        canvas.rect(0, y - 0.6, WIDTH, 0.25, RULE);
        Figure total = a.total();
        canvas.text(0, y + 2.4, 3.0, labels - 1, Anchor.START, INK, total.label(), "data-role=\"label\"");
        canvas.text(labels + 1.4, y + 2.4, 3.6, 30, Anchor.START, RED, total.text(), figure(total));
        if (total.hasLastYear()) {
            canvas.text(
                    labels + 1.4 + TextWidth.ems(total.text()) * 3.6 + 3,
                    y + 2.4,
                    2.4,
                    30,
                    Anchor.START,
                    GREY,
                    "上年 " + total.lastYear(),
                    lastYear(total));
        }
        return y + 4.8;
    }

    /** Table 四: a card per row — its 总计 large, the four results under it. */
    private double reviews(SvgCanvas canvas, double top) {
        double y = top + heading(canvas, top, TableKind.REVIEWS);
        boolean compare = graphic.comparesYears();
        double height = compare ? 27.4 : 22.4;
        List<Graphic.Item> items = graphic.reviews();
        for (int i = 0; i < items.size(); i++) {
            Graphic.Item item = items.get(i);
            double x = i * (CARD + GAP);
            List<Figure> figures = item.figures();
            Figure total = figures.get(figures.size() - 1);
            canvas.rect(x, y, CARD, height, TINT);
            canvas.text(x + CARD / 2, y + 3.4, 3.1, CARD - 4, Anchor.MIDDLE, INK, item.label(), "data-role=\"item\"");
            canvas.text(x + CARD / 2 - 1, y + 9.2, 6.4, CARD / 2, Anchor.END, RED, total.text(), figure(total));
            canvas.text(
                    x + CARD / 2 + 1,
                    y + 10,
                    2.6,
                    CARD / 2 - 3,
                    Anchor.START,
                    GREY,
                    total.label(),
                    "data-role=\"label\"");
            double row = y + 13.2;
            if (total.hasLastYear()) {
                canvas.text(
                        x + CARD / 2,
                        y + 13.9,
                        2.4,
                        CARD - 4,
                        Anchor.MIDDLE,
                        GREY,
                        "上年 " + total.lastYear(),
                        lastYear(total));
                row += 3;
            }
            canvas.rect(x + 2, row, CARD - 4, 0.25, RULE);
            double each = (CARD - 2) / (figures.size() - 1);
            for (int f = 0; f < figures.size() - 1; f++) {
                Figure figure = figures.get(f);
                double centre = x + 1 + each * (f + 0.5);
                canvas.text(centre, row + 3, 3.6, each - 1, Anchor.MIDDLE, RED, figure.text(), figure(figure));
                canvas.text(
                        centre, row + 6.4, 2.2, each - 1, Anchor.MIDDLE, GREY, figure.label(), "data-role=\"label\"");
                if (figure.hasLastYear()) {
                    canvas.text(
                            centre,
                            row + 9.2,
                            2.1,
                            each - 1,
                            Anchor.MIDDLE,
                            GREY,
                            "上年 " + figure.lastYear(),
                            lastYear(figure));
                }
            }
        }
        return y - top + height;
    }

    /** The line that says where the numbers come from. */
    private double source(SvgCanvas canvas, double top) {
        canvas.rect(0, top, WIDTH, 0.25, RULE);
        String text =
                "数据来源：本报告第二、三、四部分的表格" + (graphic.comparesYears() ? "；上年为" + lastYearWord + "政府信息公开工作年度报告的同一项" : "");
        canvas.text(0, top + 2.8, 2.4, WIDTH, Anchor.START, GREY, text, "data-role=\"source\"");
        return 4.6;
    }

    private static String figure(Figure figure) {
        return "data-role=\"figure\" data-cells=\"" + XmlText.escape(cells(figure.cells())) + "\"";
    }

    private static String lastYear(Figure figure) {
        return "data-role=\"last-year\" data-last-year-cells=\"" + XmlText.escape(cells(figure.lastYearCells())) + "\"";
    }

    private static String cells(List<CellRef> cells) {
        return cells.stream().map(CellRef::toString).collect(Collectors.joining(" "));
    }
}
