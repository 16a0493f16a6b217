package org.medaid.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The bundled policies' compact form (ADR 0080): the JSON the build writes holds exactly the YAML files' trees, the
 * registry reads the same policies from it as from the YAML, and the registry of one region answers for that region
 * as the whole one does.
 */
class BundledPoliciesTest {

    /**
     * Notes, sources and labels reach the clerk (the first run's figures page, the slip, 设置): the project's reading
     * is cited by its Chinese name 结算台口径说明 §N (docs/policy-notes.md, ADR 0083), never by the file name POLICY-NOTES.
     */
    @Test
    void noTextOfABundledPolicyCitesTheNotesByTheirFileName() throws Exception {
        int texts = 0;
        for (String id : PolicyRegistry.BUNDLED) {
            List<String> all = new java.util.ArrayList<>();
            strings(PolicyLoader.tree(id + ".yaml", new ByteArrayInputStream(BundledPolicies.yaml(id))), all);
            texts += all.size();
            for (String text : all) {
                assertFalse(text.contains("POLICY-NOTES"), id + ": " + text);
            }
            assertTrue(all.stream().anyMatch(t -> t.contains("结算台口径说明 §")),
                    id + " cites the reading by its Chinese name");
        }
        assertTrue(texts > 200, "read only " + texts + " texts");
    }

    private static void strings(JsonNode node, List<String> into) {
        if (node.isTextual()) {
            into.add(node.asText());
        }
        node.elements().forEachRemaining(child -> strings(child, into));
    }

    @Test
    void theBuildWroteTheCompactFormOfEveryBundledYamlFile() throws Exception {
        JsonNode compact;
        try (InputStream in = PolicyRegistry.class.getResourceAsStream(BundledPolicies.COMPACT)) {
            assertNotNull(in, BundledPolicies.COMPACT + " is not on the class path: the process-classes step did not run");
            compact = new ObjectMapper().readTree(in);
        }
        assertEquals(PolicyRegistry.BUNDLED, iterate(compact.fieldNames()), "one entry per bundled file, in order");
        for (String id : PolicyRegistry.BUNDLED) {
            byte[] yaml = BundledPolicies.yaml(id);
            assertEquals(BundledPolicies.crc(yaml), compact.get(id).get("crc32").asLong(), id + ": written from other YAML bytes");
            JsonNode fromYaml = PolicyLoader.tree(id + ".yaml", new ByteArrayInputStream(yaml));
            assertEquals(fromYaml, compact.get(id).get("policy"), id + ": the JSON tree differs from the YAML's");
            // the regions come before the tree, so that a reader wanting other regions skips the tree unbuilt
            assertEquals(List.of("crc32", "regions", "policy"), iterate(compact.get(id).fieldNames()), id);
            assertEquals(fromYaml.get("regions"), compact.get(id).get("regions"), id + ": regions copied from the YAML");
        }
    }

    @Test
    void theRegistryReadsTheSamePoliciesAsFromTheYaml() {
        List<Policy> all = PolicyRegistry.bundled().all();
        assertEquals(PolicyRegistry.BUNDLED.size(), all.size());
        for (Policy p : all) {
            Policy yaml = PolicyLoader.read(p.id() + ".yaml", new ByteArrayInputStream(BundledPolicies.yaml(p.id())));
            assertEquals(yaml, p, p.id());
        }
    }

    @Test
    void theReaderLoadsOnlyTheFilesWhoseRegionsAreWanted() {
        // a predicate that sees what the reader offers: the regions as written in each file
        Map<String, Policy> read = BundledPolicies.read(regions -> regions.iterator().hasNext());
        assertEquals(PolicyRegistry.BUNDLED, List.copyOf(read.keySet()));
        Map<String, Policy> none = BundledPolicies.read(regions -> false);
        assertTrue(none.isEmpty(), "a file whose regions are refused is not loaded");
    }

    @Test
    void theRegistryOfOneRegionAnswersForItAsTheWholeRegistryDoes() {
        PolicyRegistry whole = PolicyRegistry.bundled();
        for (Policy p : whole.all()) {
            for (String prefix : p.regions()) {
                String region = (prefix + "000000").substring(0, 6);
                PolicyRegistry one = PolicyRegistry.bundledFor(region);
                assertTrue(one.all().size() < whole.all().size(), region + " loads fewer policies than all");
                assertTrue(one.knowsRegion(region));
                for (LocalDate day = LocalDate.of(2018, 1, 1); day.getYear() < 2027; day = day.plusDays(17)) {
                    assertEquals(whole.find(region, day), one.find(region, day), region + " on " + day);
                }
                for (int year = 2018; year <= 2027; year++) {
                    assertEquals(whole.forPremiumYear(region, year), one.forPremiumYear(region, year), region + " premium " + year);
                }
            }
        }
        PolicyRegistry nowhere = PolicyRegistry.bundledFor("990000");
        assertTrue(nowhere.all().isEmpty());
        assertFalse(nowhere.knowsRegion("990000"));
        assertEquals(whole.find("990000", LocalDate.of(2022, 6, 1)), nowhere.find("990000", LocalDate.of(2022, 6, 1)));
    }

    private static List<String> iterate(java.util.Iterator<String> names) {
        List<String> out = new java.util.ArrayList<>();
        names.forEachRemaining(out::add);
        return out;
    }
}
