package org.medaid.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/policy-file.schema.json (the schema a county's editor checks a file with, docs/policy-files.md)
 * accepts every bundled policy file and catches the mistakes a person makes while typing one.
 */
class PolicySchemaTest {

    private static final SchemaCheck SCHEMA;

    static {
        try {
            SCHEMA = new SchemaCheck(new ObjectMapper().readTree(Path.of("docs/policy-file.schema.json").toFile()));
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static JsonNode bundled(String id) throws IOException {
        try (InputStream in = PolicySchemaTest.class.getResourceAsStream("/org/medaid/policies/" + id + ".yaml")) {
            return new YAMLMapper().readTree(in);
        }
    }

    @Test
    void everyBundledPolicyFileFollowsTheSchema() throws IOException {
        for (String id : PolicyRegistry.BUNDLED) {
            assertEquals(List.of(), SCHEMA.check(bundled(id)), id);
        }
    }

    @Test
    void aMistypedFieldAMissingLabelAndAnUnknownCategoryAreCaught() throws IOException {
        ObjectNode linyi = (ObjectNode) bundled("linyi-2022");
        ((ObjectNode) linyi.get("assistance")).put("sorce", "x");
        ((ObjectNode) linyi.get("criticalIllness")).remove("label");
        ((ObjectNode) linyi.at("/assistance/tracks/0/groups/0")).putArray("categories").add("POOR");
        List<String> problems = SCHEMA.check(linyi);
        assertTrue(problems.contains("assistance.sorce: unknown field"), problems.toString());
        assertTrue(problems.contains("criticalIllness: label is missing"), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("assistance.tracks[0].groups[0].categories[0]: 'POOR'")), problems.toString());
    }
}
