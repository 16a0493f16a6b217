package org.medaid.desk.firstrun;

import org.medaid.desk.task.TaskProgress;
import org.medaid.identity.PolicyArea;
import org.medaid.store.Database;

/** The sample townships the first run offers to load (samples/townships/&lt;region&gt;/): nobody in them is real. */
public interface SampleTownships {

    /** True when the program carries a sample township for the area. */
    boolean available(PolicyArea area);

    /** Loads the area's sample township into {@code db}, reporting progress; returns the number of people loaded. */
    int load(PolicyArea area, Database db, TaskProgress progress);
}
