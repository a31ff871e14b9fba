package cn.zfxxgk.report.form;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.zfxxgk.report.model.FormatVersion;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The standard title and subject, and the words a fixed label is broken between. */
class StandardTitleTest {

    @Test
    void theDefaultTitleIsTheAgencyTheYearAndTheFixedEnding() {
        assertEquals("巴里坤县人民政府2023年政府信息公开工作年度报告", StandardTitle.of("巴里坤县人民政府", 2023));
        assertEquals(String.join("", StandardTitle.ENDING_WORDS), StandardTitle.ENDING);
    }

    @Test
    void theSubjectNamesTheYearAndTheNoticeWhoseFormItFollows() {
        assertEquals("2023年政府信息公开工作年度报告（国办公开办函〔2021〕30号格式）", StandardTitle.subject(2023, "国办公开办函〔2021〕30号"));
    }

    @Test
    void aLabelBreaksBetweenWordsNumberingAndPunctuationStayingWithTheirWords() {
        assertEquals(List.of("（三）", "不予", "公开"), LabelWords.split("（三）不予公开"));
        assertEquals(List.of("三、", "本年度", "办理", "结果"), LabelWords.split("三、本年度办理结果"));
        assertEquals(List.of("自然人"), LabelWords.split("自然人"), "never 自然/人");
        assertEquals(List.of("（一）", "本年", "新收", "政府", "信息", "公开", "申请"), LabelWords.split("（一）本年新收政府信息公开申请"));
        assertEquals(List.of("1.属于", "国家", "秘密"), LabelWords.split("1.属于国家秘密"));
        assertEquals(List.of("（一）", "予以", "公开"), LabelWords.split("（一）予以公开"));
    }

    @Test
    void everyLabelOfBothFormsJoinsBackExactly() {
        for (OfficialForm form : List.of(OfficialForm.of(FormatVersion.F2019), OfficialForm.of(FormatVersion.F2021))) {
            for (RowForm row : form.applications().rows()) {
                assertEquals(row.label(), String.join("", LabelWords.split(row.label())), row.label());
            }
        }
    }
}
