package cn.zfxxgk.report.markup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** What the engine writes into markup reads back, through an XML parser, as the text it was given. */
class XmlTextTest {

    private static final String AWKWARD = "巴里坤 & <县> \"人民\" '政府'\t一\n二\r三";

    @Test
    void everyMarkupCharacterIsAReference() {
        assertEquals("巴里坤 &amp; &lt;县&gt; &quot;人民&quot; &#39;政府&#39;", XmlText.escape("巴里坤 & <县> \"人民\" '政府'"));
    }

    @Test
    void escapedTextAndAttributesReadBackUnchanged() throws Exception {
        String xml = "<a title=\"" + XmlText.attribute(AWKWARD) + "\" other='" + XmlText.attribute(AWKWARD) + "'>"
                + XmlText.escape(AWKWARD.replace("\r", "")) + "</a>";
        Element a = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement();
        assertEquals(AWKWARD, a.getAttribute("title"));
        assertEquals(AWKWARD, a.getAttribute("other"));
        assertEquals(AWKWARD.replace("\r", ""), a.getTextContent());
    }
}
