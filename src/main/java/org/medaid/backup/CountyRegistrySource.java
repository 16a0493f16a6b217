package org.medaid.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Objects;
import java.util.function.Supplier;
import org.medaid.policy.PolicyRegistry;

/**
 * The desk's policies (ADR 0036): the bundled files with the county's layer, read on first use and again
 * whenever the layer file has changed since, so a figure set on 设置 › 县级参数 reaches the next computation.
 */
public final class CountyRegistrySource implements Supplier<PolicyRegistry> {

    private final Path dataFolder;
    private PolicyRegistry registry;
    private Object stamp;

    public CountyRegistrySource(Path dataFolder) {
        this.dataFolder = dataFolder;
    }

    @Override
    public synchronized PolicyRegistry get() {
        Object now = stamp();
        if (registry == null || !Objects.equals(now, stamp)) {
            registry = CountyPolicies.registry(dataFolder);
            stamp = stamp();
        }
        return registry;
    }

    private Object stamp() {
        Path f = dataFolder.resolve(CountyFigures.FILE);
        try {
            FileTime t = Files.isRegularFile(f) ? Files.getLastModifiedTime(f) : null;
            return t == null ? "none" : t.toMillis() + "/" + Files.size(f);
        } catch (IOException e) {
            return "unreadable";
        }
    }
}
