package org.medaid.policy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * All policies the desk knows: the five bundled in the jar, replaced or joined by the files of an
 * outside folder (a county confirming a figure or adding next year's policy without a new build).
 * Two policies in force on the same day for the same region are refused.
 */
public final class PolicyRegistry {

    /** The bundled policy files, in the jar under {@code org/medaid/policies/}. */
    public static final List<String> BUNDLED = List.of(
            "shaoyang-2019", "shaoyang-2021", "chaozhou-2021", "linyi-2022", "guangxi-2022");

    private final List<Policy> policies;

    public PolicyRegistry(List<Policy> policies) {
        this.policies = List.copyOf(policies);
        checkOverlaps(this.policies);
    }

    /** The bundled policies only. */
    public static PolicyRegistry bundled() {
        return new PolicyRegistry(new ArrayList<>(readBundled().values()));
    }

    /**
     * The bundled policies for a region: only those of its files, so a command-line verb settling one person's case
     * reads one or two policies, not all five (ADR 0080). For that region it answers {@link #find},
     * {@link #forPremiumYear} and {@link #knowsRegion} as {@link #bundled()} does.
     */
    public static PolicyRegistry bundledFor(String region) {
        return new PolicyRegistry(new ArrayList<>(BundledPolicies.read(regions -> {
            for (String prefix : regions) {
                if (region.startsWith(prefix)) {
                    return true;
                }
            }
            return false;
        }).values()));
    }

    /**
     * The bundled policies, with every {@code *.yaml} of {@code folder} replacing (same id) or joining
     * them. A folder that does not exist is refused: a mistyped path must not silently mean "bundled only".
     */
    public static PolicyRegistry withFolder(Path folder) {
        Map<String, Policy> byId = readBundled();
        if (!Files.isDirectory(folder)) {
            throw new PolicyException(folder.toString(), "", "no such policy folder");
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().matches(".*\\.ya?ml")).sorted().toList();
        } catch (IOException e) {
            throw new PolicyException(folder.toString(), "", "cannot list the folder: " + e.getMessage());
        }
        for (Path f : files) {
            try (InputStream in = Files.newInputStream(f)) {
                Policy p = PolicyLoader.read(f.getFileName().toString(), in);
                byId.put(p.id(), p);
            } catch (IOException e) {
                throw new PolicyException(f.getFileName().toString(), "", "cannot read the file: " + e.getMessage());
            }
        }
        return new PolicyRegistry(new ArrayList<>(byId.values()));
    }

    private static Map<String, Policy> readBundled() {
        return BundledPolicies.read(regions -> true);
    }

    private static void checkOverlaps(List<Policy> all) {
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                Policy a = all.get(i);
                Policy b = all.get(j);
                boolean sameRegion = a.regions().stream().anyMatch(ra -> b.regions().stream()
                        .anyMatch(rb -> ra.startsWith(rb) || rb.startsWith(ra)));
                boolean overlap = !(a.to() != null && a.to().isBefore(b.from())) && !(b.to() != null && b.to().isBefore(a.from()));
                if (sameRegion && overlap) {
                    throw new PolicyException(b.id() + ".yaml", "from",
                            "in force for the same region on the same days as " + a.id() + " (" + a.from() + " to "
                                    + (a.to() == null ? "open" : a.to()) + "); end one with 'to' first");
                }
            }
        }
    }

    public List<Policy> all() {
        return policies;
    }

    public Optional<Policy> byId(String id) {
        return policies.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The policy of the person's registered region in force on the settlement date. */
    public Optional<Policy> find(String region, LocalDate date) {
        for (Policy p : policies) {
            if (p.coversRegion(region) && p.inForceOn(date)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The policy whose premium rules cover insurance year {@code year} for the region (POLICY-NOTES §5). */
    public Optional<Policy> forPremiumYear(String region, int year) {
        return policies.stream()
                .filter(p -> p.coversRegion(region) && p.premium() != null && p.premium().covers(year))
                .max(Comparator.comparing(Policy::from));
    }

    public boolean knowsRegion(String region) {
        return policies.stream().anyMatch(p -> p.coversRegion(region));
    }
}
