package org.medaid.desk.firstrun;

import org.medaid.desk.task.TaskProgress;
import org.medaid.identity.PolicyArea;
import org.medaid.store.Database;

/** The sample townships shipped with the program (samples/townships/&lt;region&gt;/). */
public final class SampleFolder implements SampleTownships {

    public static SampleTownships bundled() {
        return new SampleFolder();
    }

    @Override
    public boolean available(PolicyArea area) {
        return false;
    }

    @Override
    public int load(PolicyArea area, Database db, TaskProgress progress) {
        throw new IllegalStateException("no sample township for " + area);
    }
}
