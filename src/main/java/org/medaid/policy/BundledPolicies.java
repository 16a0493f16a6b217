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
        JsonNode compact = compact();
        Map<String, Policy> byId = new LinkedHashMap<>();
        for (String id : PolicyRegistry.BUNDLED) {
            String file = id + ".yaml";
            byte[] yaml = yaml(id);
            JsonNode entry = compact == null ? null : compact.get(id);
            JsonNode tree = entry != null && entry.path("crc32").asLong(-1) == crc(yaml) ? entry.get("policy") : null;
            if (tree != null) {
                if (regions.test(texts(tree.path("regions")))) {
                    byId.put(id, PolicyLoader.read(file, tree));
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

    /** The build's JSON form, or null when the class path has none (a class folder never built by Maven). */
    private static JsonNode compact() {
        try (InputStream in = PolicyRegistry.class.getResourceAsStream(COMPACT)) {
            return in == null ? null : JsonTree.read(in); // no ObjectMapper (ADR 0100)
        } catch (IOException e) {
            return null; // unreadable: every policy is read from its YAML, as before the compact form
        }
    }

    static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }

    /** The compact form of the bundled YAML files: {id: {crc32, policy: the YAML's tree}}. */
    static ObjectNode compactForm() {
        ObjectNode root = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        for (String id : PolicyRegistry.BUNDLED) {
            byte[] yaml = yaml(id);
            ObjectNode entry = root.putObject(id);
            entry.put("crc32", crc(yaml));
            entry.set("policy", PolicyLoader.tree(id + ".yaml", new ByteArrayInputStream(yaml)));
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
