package org.medaid.desk.common;

import java.util.List;
import org.medaid.identity.PolicyArea;

/**
 * What the first run's sample page needs of the sample townships: which regions have one. The township
 * itself is generated for the chosen county and the desk's day by {@code org.medaid.sample.SampleScenario}.
 */
public interface SampleTownships {

    List<PolicyArea> areas();
}
