package org.medaid.backup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.medaid.policy.Param;
import org.medaid.policy.Policy;
import org.medaid.policy.PolicyLoader;
import org.medaid.policy.PolicyRegistry;

/**
 * The county's own copies of policy files (ADR 0025): a figure the county confirms at first run is
 * written into a copy of the policy file in {@code policies} inside the data folder, which the desk's
 * {@link PolicyRegistry#withFolder} reads over the bundled file, so the calculator uses it from the next
 * registry on, without a new build. The copy is read back before it replaces anything: every confirmed
 * figure must come out confirmed with its value, and every other figure exactly as before.
 */
public final class CountyPolicies {

    public static final String FOLDER = "policies";

    private static final YAMLMapper YAML = new YAMLMapper(new YAMLFactory()
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER));

    private final Path folder;

    public CountyPolicies(Path dataFolder) {
        this.folder = dataFolder.resolve(FOLDER);
    }

    /** The outside policy folder of a data folder, read over the bundled files when it exists. */
    public static Path folder(Path dataFolder) {
        return dataFolder.resolve(FOLDER);
    }

    public Path folder() {
        return folder;
    }

    /**
     * The bundled policies with the county's figures laid over them (ADR 0036); a whole-file copy left by an
     * earlier version is turned into layer figures first and moved aside.
     */
    public PolicyRegistry registry() {
        CountyFigures layer = new CountyFigures(folder.getParent());
        LegacyCopies.migrate(folder.getParent(), layer);
        return layer.registry();
    }

    /** What the desk calculates with for the data in {@code dataFolder}. */
    public static PolicyRegistry registry(Path dataFolder) {
        return new CountyPolicies(dataFolder).registry();
    }

    public Path file(String policyId) {
        return folder.resolve(policyId + ".yaml");
    }

    /** The policy file's tree: the county's copy when there is one, else the bundled file. */
    public JsonNode document(String policyId) {
        try (InputStream in = open(policyId)) {
            return YAML.readTree(in);
        } catch (IOException e) {
            throw new BackupException(BackupProblem.DATA_FOLDER_FAILED, policyId + ": " + e.getMessage(), e);
        }
    }

    private InputStream open(String policyId) throws IOException {
        Path own = file(policyId);
        if (Files.isRegularFile(own)) {
            return Files.newInputStream(own);
        }
        InputStream in = PolicyRegistry.class.getResourceAsStream("/org/medaid/policies/" + policyId + ".yaml");
        if (in == null) {
            throw new IOException("no policy file " + policyId);
        }
        return in;
    }

    /**
     * The figures of {@code policy} the county can confirm: the unconfirmed ones written in its file, each
     * once. A figure derived from another (a group's deductible halved from its base group's) is not in
     * the file; it follows its base figure and is confirmed with it.
     */
    public List<Param> reviewable(Policy policy) {
        JsonNode root = document(policy.id());
        Map<String, Param> out = new LinkedHashMap<>();
        for (Param p : policy.unconfirmed()) {
            if (inFile(root, p.name())) {
                out.putIfAbsent(p.name(), p);
            }
        }
        return List.copyOf(out.values());
    }

    static boolean inFile(JsonNode root, String name) {
        try {
            PolicyPath path = PolicyPath.parse(name);
            List<JsonNode> parents = path.parents(root);
            return parents.get(parents.size() - 1).has(path.leaf());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Writes the county's copy of {@code policy} with each decided figure confirmed: its value (the
     * default or the county's), {@code unconfirmed: false}, and the source with {@code confirmedBy}
     * appended (县医保局确认 2026-11-23). Figures without a decision stay marked. Returns the file.
     */
    public Path confirm(Policy policy, List<FigureDecision> decisions, String confirmedBy) {
        Map<String, Param> byName = policy.parameters().stream()
                .collect(Collectors.toMap(Param::name, Function.identity(), (a, b) -> a));
        CountyFigures layer = new CountyFigures(folder.getParent());
        JsonNode root = document(policy.id());
        java.time.OffsetDateTime now = java.time.OffsetDateTime.now();
        for (FigureDecision d : decisions) {
            Param p = byName.get(d.name());
            if (p == null || !inFile(root, d.name())) {
                throw new IllegalArgumentException(policy.id() + " has no figure " + d.name() + " to confirm");
            }
            BigDecimal value = d.keepsDefault() ? p.value() : d.value();
            if (value != null) {
                layer.set(new CountyFigure(policy.id(), d.name(), value, confirmedBy, now, confirmedBy));
            }
        }
        return layer.file();
    }

    private static byte[] render(Policy policy, JsonNode root) {
        try {
            String header = "# " + policy.id() + " — county copy written by medaid-desk (first run / settings).\n"
                    + "# Confirmed figures carry unconfirmed: false and the confirmation after their source.\n";
            return (header + YAML.writeValueAsString(root)).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("a policy tree always serialises", e);
        }
    }

    /** The copy must differ from the policy in the decided figures only. */
    private static void checkWritten(Policy before, Policy after, List<FigureDecision> decisions, Map<String, Param> byName,
            JsonNode root) {
        Map<String, FigureDecision> decided = decisions.stream()
                .collect(Collectors.toMap(FigureDecision::name, Function.identity(), (a, b) -> b));
        Map<String, Param> now = after.parameters().stream()
                .collect(Collectors.toMap(Param::name, Function.identity(), (a, b) -> a));
        if (!now.keySet().equals(byName.keySet())) {
            throw new IllegalStateException("the county copy of " + before.id() + " lost or gained figures");
        }
        for (Param was : byName.values()) {
            if (!inFile(root, was.name())) {
                continue; // derived from another figure: follows it
            }
            Param is = now.get(was.name());
            FigureDecision d = decided.get(was.name());
            BigDecimal expected = d == null || d.keepsDefault() ? was.value() : d.value();
            boolean sameValue = expected == null ? is.value() == null : is.value() != null && expected.compareTo(is.value()) == 0;
            boolean confirmedRight = d == null ? is.unconfirmed() == was.unconfirmed() : !is.unconfirmed();
            if (!sameValue || !confirmedRight) {
                throw new IllegalStateException("the county copy of " + before.id() + " reads back wrong at " + was.name());
            }
        }
    }

    private Path replace(String policyId, byte[] yaml) {
        Path target = file(policyId);
        try {
            Files.createDirectories(folder);
            Path part = folder.resolve(policyId + ".yaml.part");
            Files.write(part, yaml);
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new BackupException(BackupProblem.DATA_FOLDER_FAILED, target + ": " + e.getMessage(), e);
        }
    }
}
