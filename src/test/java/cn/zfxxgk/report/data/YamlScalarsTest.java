package cn.zfxxgk.report.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** A value written by {@link YamlScalars} reads back unchanged: plain where YAML allows it, quoted where not. */
class YamlScalarsTest {

    private final YamlScalars scalars = new YamlScalars();

    @Test
    void chineseTextStaysPlain() {
        assertEquals("巴里坤县人民政府", scalars.block("巴里坤县人民政府"));
        assertEquals("行政复议", scalars.flow("行政复议"));
    }

    @Test
    void aValueYamlWouldReadOtherwiseIsQuoted() {
        assertEquals("\"某县人民政府 #办公室\"", scalars.block("某县人民政府 #办公室"));
        assertEquals("\"a: b\"", scalars.block("a: b"));
        assertEquals("\"~\"", scalars.block("~"));
        assertEquals("\"null\"", scalars.block("null"));
        assertEquals("\"甲,乙\"", scalars.flow("甲,乙"));
        assertEquals("甲,乙", scalars.block("甲,乙"));
    }

    @Test
    void everyWrittenValueReadsBackAsItWas() {
        Yaml yaml = new Yaml();
        for (String value :
                new String[] {"某县人民政府 #办公室", "a: b", "[一]", "\"引号\"", "~", "null", "", " 前后 ", "甲,乙", "一行\n两行", "'单'"
                }) {
            assertEquals(
                    value,
                    yaml.<java.util.Map<String, Object>>load("key: " + scalars.block(value))
                            .get("key"),
                    value);
            assertEquals(java.util.List.of(value), yaml.load("[" + scalars.flow(value) + "]"), value);
        }
    }
}
