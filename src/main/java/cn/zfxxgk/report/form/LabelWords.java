package cn.zfxxgk.report.form;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words the fixed labels of the official tables are made of, so that a label too long for its cell is broken
 * between words ({@code （三）|不予|公开}, {@code 三、|本年度|办理|结果}) and never leaves a character of a word on a line
 * of its own ({@code 自然/人}). Numbering ({@code 一、}, {@code （三）}, {@code 1.}) is a word of its own, except that
 * {@code 1.} stays with the word after it; punctuation stays with the word it follows (closing) or precedes (opening).
 */
public final class LabelWords {

    /** The words of every label of the forms of 2019 and 2021; characters not covered are words of one character. */
    private static final List<String> LEXICON = List.of(
                    // table 二
                    "第二十条",
                    "信息",
                    "内容",
                    "本年",
                    "制发",
                    "废止",
                    "现行",
                    "有效",
                    "件数",
                    "规章",
                    "行政",
                    "规范性",
                    "文件",
                    "处理",
                    "决定",
                    "数量",
                    "许可",
                    "处罚",
                    "强制",
                    "收费",
                    "金额",
                    "单位",
                    "万元",
                    "事业性",
                    "新",
                    "制作",
                    "公开",
                    "对外",
                    "上一年",
                    "项目",
                    "增/减",
                    "其他",
                    "管理",
                    "服务",
                    "事项",
                    "采购",
                    "政府",
                    "集中",
                    "总",
                    // table 三
                    "本列",
                    "数据的",
                    "勾稽",
                    "关系为",
                    "第一项",
                    "第二项",
                    "第三项",
                    "第四项",
                    "之和",
                    "等于",
                    "申请人",
                    "情况",
                    "自然人",
                    "法人",
                    "组织",
                    "商业",
                    "企业",
                    "科研",
                    "机构",
                    "社会",
                    "公益",
                    "法律",
                    "总计",
                    "新收",
                    "申请",
                    "上年",
                    "结转",
                    "本年度",
                    "办理",
                    "结果",
                    "予以",
                    "部分",
                    "区分",
                    "处理的",
                    "只计",
                    "这一",
                    "情形",
                    "不计",
                    "不予",
                    "属于",
                    "国家",
                    "秘密",
                    "法规",
                    "禁止",
                    "危及",
                    "三安全",
                    "一稳定",
                    "保护",
                    "第三方",
                    "合法",
                    "权益",
                    "三类",
                    "内部",
                    "事务",
                    "四类",
                    "过程性",
                    "执法",
                    "案卷",
                    "查询",
                    "无法",
                    "提供",
                    "本机关",
                    "不掌握",
                    "相关",
                    "没有",
                    "现成",
                    "需要",
                    "另行",
                    "补正",
                    "不明确",
                    "信访",
                    "举报",
                    "投诉类",
                    "重复",
                    "要求",
                    "出版物",
                    "正当",
                    "理由",
                    "大量",
                    "反复",
                    "机关",
                    "确认",
                    "重新",
                    "出具",
                    "获取",
                    "逾期",
                    "不补正",
                    "不再",
                    "未按",
                    "通知",
                    "缴纳",
                    "费用",
                    "下年度",
                    "继续",
                    // table 四
                    "复议",
                    "诉讼",
                    "维持",
                    "纠正",
                    "尚未",
                    "审结",
                    "未经",
                    "直接",
                    "起诉")
            .stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList();

    /** Numbering at the start of a label: 一、 （三） (3) 1. 1、 */
    private static final Pattern NUMBERING = Pattern.compile("^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\\d+[.、．])");

    /** Words the lexicon cannot list: 第（一）项 … 第（九）项. */
    private static final Pattern ITEM = Pattern.compile("第[（(][一二三四五六七八九十]+[）)]项");

    private static final String CLOSING = "，。、；：？！）》」』”’,.;:?!)";
    private static final String OPENING = "（《「『“‘(";

    private LabelWords() {}

    /** The words of {@code label} in order; joined they give the label back exactly. */
    public static List<String> split(String label) {
        List<String> words = new ArrayList<>();
        int at = 0;
        boolean keepWithNext = false;
        Matcher numbering = NUMBERING.matcher(label);
        if (numbering.find()) {
            String number = numbering.group();
            // 1. is too short to stand alone; （三） and 一、 read as words of their own
            keepWithNext = Character.isDigit(number.charAt(0));
            words.add(number);
            at = number.length();
        }
        while (at < label.length()) {
            String word = wordAt(label, at);
            char first = word.charAt(0);
            if (keepWithNext) {
                words.set(words.size() - 1, words.get(words.size() - 1) + word);
            } else if (!words.isEmpty() && CLOSING.indexOf(first) >= 0 && word.length() == 1) {
                words.set(words.size() - 1, words.get(words.size() - 1) + word);
            } else {
                words.add(word);
            }
            keepWithNext = word.length() == 1 && OPENING.indexOf(first) >= 0;
            at += word.length();
        }
        return words;
    }

    private static String wordAt(String label, int at) {
        Matcher item = ITEM.matcher(label).region(at, label.length());
        if (item.lookingAt()) {
            return item.group();
        }
        for (String word : LEXICON) {
            if (label.startsWith(word, at)) {
                return word;
            }
        }
        int end = label.offsetByCodePoints(at, 1);
        if (label.charAt(at) < 0x80) {
            while (end < label.length() && label.charAt(end) < 0x80 && label.charAt(end) > ' ') {
                end++;
            }
        }
        return label.substring(at, end);
    }
}
