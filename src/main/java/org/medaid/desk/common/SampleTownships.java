package org.medaid.desk.common;

import java.util.List;
import org.medaid.desk.task.TaskProgress;
import org.medaid.identity.PolicyArea;

/**
 * What the first-start dialog needs of the sample townships in {@code samples/townships/}: which regions
 * have one, and loading one into the empty store (all or nothing).
 */
public interface SampleTownships {

    List<PolicyArea> areas();

    /** Loads the township of {@code area}; returns how many people were enrolled. */
    int load(PolicyArea area, TaskProgress progress);

    /** Whether a load can stop half-way (leaving the store empty) when the clerk cancels. */
    default boolean cancellable() {
        return true;
    }
}
