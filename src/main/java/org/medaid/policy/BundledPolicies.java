package org.medaid.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.zip.CRC32;

/**
 * The policy files bundled in the jar, read fast (ADR 0080). The YAML files stay the source of truth, with their
 * clause citations; the build (process-classes, {@link #main}) writes their parsed trees once more as one JSON file,
 * {@value #COMPACT}, each beside the CRC-32 of the YAML bytes it was parsed from. A policy is read from that tree when
 * the YAML in the jar still has that CRC, else from the YAML (a class folder whose YAML changed after the last full
 * build): the same tree through the same {@link PolicyLoader}, so the same policy. JSON parses several times faster
 * than YAML in a JVM that lives a second, and a command-line verb loads only the policies of its case's region.
 */
public final class BundledPolicies {

    static final String FOLDER = "/org/medaid/policies/";
    static final String COMPACT = FOLDER + "bundled.json";

    private BundledPolicies() {
    }

    /**
     * The bundled policies, by id in {@link PolicyRegistry#BUNDLED} order, of those files whose {@code regions} pass
     * {@code regions} (the list as written; every file when it accepts all).
     */
    static Map<String, Policy> read(Predicate<Iterable<String>> regions) {
        Map<String, Compact> compact = compact(regions);
        Map<String, Policy> byId = new LinkedHashMap<>();
        for (String id : PolicyRegistry.BUNDLED) {
            String file = id + ".yaml";
            byte[] yaml = yaml(id);
            Compact entry = compact == null ? null : compact.get(id);
            if (entry != null && entry.crc32() == crc(yaml)) {
                if (entry.wanted()) {
                    byId.put(id, PolicyLoader.read(file, entry.policy()));
                }
            } else {
                Policy p = PolicyLoader.read(file, new ByteArrayInputStream(yaml));
                if (regions.test(p.regions())) {
                    byId.put(id, p);
                }
            }
        }
        return byId;
    }

    /**
     * One policy's entry in the compact form: its YAML's CRC-32, whether its regions pass the caller's test, and its tree
     * (null when not wanted: the parser skipped it without building nodes, ADR 0100).
     */
    private record Compact(long crc32, boolean wanted, JsonNode policy) {
    }

    private static Iterable<String> texts(JsonNode array) {
        java.util.List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    static byte[] yaml(String id) {
        try (InputStream in = PolicyRegistry.class.getResourceAsStream(FOLDER + id + ".yaml")) {
            if (in == null) {
                throw new PolicyException(id + ".yaml", "", "missing from the program");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The build's JSON form, entry by entry, or null when the class path has none (a class folder never built by
     * Maven) or it cannot be read. Each entry gives its {@code regions} before its {@code policy}: the tree of a policy
     * whose regions fail {@code regions} is skipped by the parser, not built (a command-line verb needs one region's).
     */
    private static Map<String, Compact> compact(Predicate<Iterable<String>> regions) {
        try (InputStream in = PolicyRegistry.class.getResourceAsStream(COMPACT)) {
            if (in == null) {
                return null;
            }
            Map<String, Compact> entries = new LinkedHashMap<>();
            try (com.fasterxml.jackson.core.JsonParser p = JsonTree.parser(in)) {
                if (p.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                    return null;
                }
                for (String id = p.nextFieldName(); id != null; id = p.nextFieldName()) {
                    p.nextToken();
                    entries.put(id, entry(p, regions));
                }
            }
            return entries;
        } catch (IOException | RuntimeException e) {
            return null; // unreadable: every policy is read from its YAML, as before the compact form
        }
    }

    /** One entry, the parser on its START_OBJECT; an entry without regions before its policy is read whole. */
    private static Compact entry(com.fasterxml.jackson.core.JsonParser p, Predicate<Iterable<String>> regions) throws IOException {
        long crc = -1;
        Boolean wanted = null;
        JsonNode policy = null;
        for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
            com.fasterxml.jackson.core.JsonToken t = p.nextToken();
            switch (field) {
                case "crc32" -> crc = p.getLongValue();
                case "regions" -> wanted = regions.test(texts(JsonTree.value(p, t)));
                case "policy" -> {
                    if (Boolean.FALSE.equals(wanted)) {
                        p.skipChildren();
                    } else {
                        policy = JsonTree.value(p, t);
                        if (wanted == null) {
                            wanted = regions.test(texts(policy.path("regions")));
                        }
                    }
                }
                default -> p.skipChildren();
            }
        }
        return new Compact(crc, Boolean.TRUE.equals(wanted), policy);
    }

    static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }

    /** The compact form of the bundled YAML files: {id: {crc32, regions (the policy's, first), policy: the YAML's tree}}. */
    static ObjectNode compactForm() {
        ObjectNode root = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        for (String id : PolicyRegistry.BUNDLED) {
            byte[] yaml = yaml(id);
            ObjectNode entry = root.putObject(id);
            entry.put("crc32", crc(yaml));
            JsonNode tree = PolicyLoader.tree(id + ".yaml", new ByteArrayInputStream(yaml));
            entry.set("regions", tree.path("regions").deepCopy());
            entry.set("policy", tree);
        }
        return root;
    }

    /**
     * Build step (pom.xml, exec-maven-plugin at process-classes): writes {@value #COMPACT} under the class folder
     * {@code args[0]}, after checking that every bundled policy loads from it.
     */
    public static void main(String[] args) throws IOException {
        ObjectNode form = compactForm();
        form.fields().forEachRemaining(e -> PolicyLoader.read(e.getKey() + ".yaml", e.getValue().get("policy")));
        Path out = Path.of(args[0], COMPACT.substring(1));
        Files.createDirectories(out.getParent());
        Files.write(out, new ObjectMapper().writeValueAsBytes(form));
    }
}
