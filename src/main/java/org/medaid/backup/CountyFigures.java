package org.medaid.backup;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medaid.policy.Policy;
import org.medaid.policy.PolicyException;
import org.medaid.policy.PolicyLoader;
import org.medaid.policy.PolicyRegistry;

/**
 * The county's figures as a small layer over the bundled policies (ADR 0036): {@code county-figures.yaml}
 * in the data folder holds only what the county set, each with who, when and its document. The registry
 * is the bundled files with the layer laid over their YAML trees at every load, so a corrected bundled
 * policy is never hidden by a stale copy; a figure the county set stays set across a new program.
 */
public final class CountyFigures {

    public static final String FILE = "county-figures.yaml";

    private static final YAMLMapper YAML = new YAMLMapper(new YAMLFactory()
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER));
    private static final YAMLMapper READ = YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private final Path dataFolder;

    public CountyFigures(Path dataFolder) {
        this.dataFolder = dataFolder;
    }

    public Path file() {
        return dataFolder.resolve(FILE);
    }

    /** Every figure the county set, newest value of each. */
    public List<CountyFigure> all() {
        Path f = file();
        if (!Files.isRegularFile(f)) {
            return List.of();
        }
        try (InputStream in = Files.newInputStream(f)) {
            JsonNode root = READ.readTree(in);
            Map<String, CountyFigure> out = new LinkedHashMap<>();
            for (JsonNode n : root.path("figures")) {
                CountyFigure c = new CountyFigure(n.path("policy").asText(), n.path("figure").asText(),
                        new BigDecimal(n.path("value").asText()), n.path("setBy").asText(),
                        OffsetDateTime.parse(n.path("setAt").asText()), n.path("document").asText());
                out.put(c.key(), c);
            }
            return List.copyOf(out.values());
        } catch (IOException | RuntimeException e) {
            throw new PolicyException(FILE, "", "the county's figures cannot be read: " + e.getMessage());
        }
    }

    /**
     * Sets {@code figure} (replacing the county's earlier value of it), after checking that the policy still
     * loads with it; written to a part file and moved over the old file, so a crash leaves the old layer whole.
     */
    public void set(CountyFigure figure) {
        List<CountyFigure> next = new ArrayList<>();
        for (CountyFigure c : all()) {
            if (!c.key().equals(figure.key())) {
                next.add(c);
            }
        }
        next.add(figure);
        JsonNode tree = bundledTree(figure.policy());
        apply(figure.policy(), tree, List.of(figure));
        PolicyLoader.read(figure.policy() + ".yaml", tree);
        write(next);
    }

    /** The bundled policies with the layer laid over them, and any other policy file of the county's folder. */
    public PolicyRegistry registry() {
        List<CountyFigure> layer = all();
        Map<String, Policy> byId = new LinkedHashMap<>();
        for (String id : PolicyRegistry.BUNDLED) {
            JsonNode tree = bundledTree(id);
            apply(id, tree, layer.stream().filter(c -> c.policy().equals(id)).toList());
            byId.put(id, PolicyLoader.read(id + ".yaml", tree));
        }
        Path folder = CountyPolicies.folder(dataFolder);
        if (Files.isDirectory(folder)) {
            for (Policy p : PolicyRegistry.withFolder(folder).all()) {
                if (!PolicyRegistry.BUNDLED.contains(p.id())) {
                    byId.put(p.id(), p); // a policy the county added (next year's document), not a copy of ours
                }
            }
        }
        return new PolicyRegistry(new ArrayList<>(byId.values()));
    }

    /** Each figure set at its path: the value, confirmed, with who and the document after the clause. */
    static void apply(String policyId, JsonNode root, List<CountyFigure> figures) {
        if (figures.isEmpty()) {
            return;
        }
        // The clause a figure inherits in the file (a plain number has none of its own) comes first.
        Map<String, org.medaid.policy.Param> bundled = new LinkedHashMap<>();
        PolicyLoader.read(policyId + ".yaml", root.deepCopy()).parameters().forEach(p -> bundled.putIfAbsent(p.name(), p));
        for (CountyFigure c : figures) {
            PolicyPath path = PolicyPath.parse(c.figure());
            List<JsonNode> parents;
            try {
                parents = path.parents(root);
            } catch (IllegalArgumentException e) {
                throw new PolicyException(FILE, c.key(), "the bundled policy has no such place for a figure");
            }
            ObjectNode holder = (ObjectNode) parents.get(parents.size() - 1);
            ObjectNode figure = JsonNodeFactory.instance.objectNode();
            figure.set("value", DecimalNode.valueOf(c.value().stripTrailingZeros()));
            org.medaid.policy.Param was = bundled.get(c.figure());
            String clause = was != null ? was.source() + "；" : "";
            String who = c.setBy().equals(c.document()) ? "" : "（" + c.setBy() + " " + c.setAt().toLocalDate() + " 设置）";
            figure.put("source", clause + c.document() + who);
            figure.put("unconfirmed", false);
            if (was != null && was.label() != null) {
                figure.put("label", was.label());
            }
            holder.set(path.leaf(), figure);
        }
    }

    static JsonNode bundledTree(String policyId) {
        try (InputStream in = PolicyRegistry.class.getResourceAsStream("/org/medaid/policies/" + policyId + ".yaml")) {
            if (in == null) {
                throw new PolicyException(policyId + ".yaml", "", "not a bundled policy");
            }
            return READ.readTree(in);
        } catch (IOException e) {
            throw new PolicyException(policyId + ".yaml", "", e.getMessage());
        }
    }

    private void write(List<CountyFigure> figures) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ArrayNode list = root.putArray("figures");
        for (CountyFigure c : figures) {
            ObjectNode n = list.addObject();
            n.put("policy", c.policy()).put("figure", c.figure()).put("value", c.value().toPlainString())
                    .put("setBy", c.setBy()).put("setAt", c.setAt().toString()).put("document", c.document());
        }
        try {
            Files.createDirectories(dataFolder);
            Path part = dataFolder.resolve(FILE + ".part");
            String header = "# The county's own figures over the bundled policies (ADR 0036). Written by 设置 › 县级参数.\n";
            Files.write(part, (header + YAML.writeValueAsString(root)).getBytes(StandardCharsets.UTF_8));
            Files.move(part, file(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new BackupException(BackupProblem.DATA_FOLDER_FAILED, file() + ": " + e.getMessage(), e);
        }
    }
}
