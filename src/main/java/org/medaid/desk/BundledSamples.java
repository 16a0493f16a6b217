package org.medaid.desk;

import java.util.List;
import org.medaid.desk.common.SampleTownships;
import org.medaid.desk.task.TaskProgress;
import org.medaid.identity.PolicyArea;
import org.medaid.sample.SampleLoader;
import org.medaid.store.Database;

/**
 * The sample townships of {@code samples/townships/}, loaded by {@link SampleLoader} in one transaction.
 * The loader reports no steps, so the progress bar runs indeterminate; it cannot be stopped half-way, and
 * the first-start dialog offers no cancel while it runs.
 */
public final class BundledSamples implements SampleTownships {

    private final Database db;

    public BundledSamples(Database db) {
        this.db = db;
    }

    @Override
    public List<PolicyArea> areas() {
        return List.of(PolicyArea.SHAOYANG, PolicyArea.CHAOZHOU, PolicyArea.LINYI, PolicyArea.GUANGXI);
    }

    @Override
    public int load(PolicyArea area, TaskProgress progress) {
        progress.update(0, 0);
        return SampleLoader.load(db, area);
    }

    @Override
    public boolean cancellable() {
        return false;
    }
}
