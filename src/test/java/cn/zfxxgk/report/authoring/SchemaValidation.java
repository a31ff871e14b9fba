package cn.zfxxgk.report.authoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.util.List;

/** Validates report YAML against the editor schema the way a YAML editor does (YAML 1.2 types, JSON Schema draft-07). */
final class SchemaValidation {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final JsonSchema SCHEMA =
            JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(ReportSchema.json());

    private SchemaValidation() {}

    /** The schema's complaints about {@code yaml}, empty when it is valid. */
    static List<String> problems(String yaml) throws IOException {
        JsonNode node = YAML.readTree(yaml);
        return SCHEMA.validate(node).stream()
                .map(ValidationMessage::getMessage)
                .sorted()
                .toList();
    }
}
