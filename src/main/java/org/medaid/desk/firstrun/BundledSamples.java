package org.medaid.desk.firstrun;

import org.medaid.desk.task.TaskProgress;
import org.medaid.identity.PolicyArea;
import org.medaid.sample.SampleLoader;
import org.medaid.store.Database;

/**
 * The sample townships the program carries, one for each policy region: generated from a fixed seed by
 * the store's {@link SampleLoader} (the same people as samples/townships/&lt;region&gt;/), so an installed
 * desk needs no sample files. Loaded in one transaction into the empty store of a first run.
 */
public final class BundledSamples implements SampleTownships {

    public static SampleTownships bundled() {
        return new BundledSamples();
    }

    @Override
    public boolean available(PolicyArea area) {
        return area != null;
    }

    @Override
    public int load(PolicyArea area, Database db, TaskProgress progress) {
        // One transaction without steps inside it: the bar runs without a fraction until it is in.
        progress.update(0, 0);
        return SampleLoader.load(db, area);
    }
}
