package org.medaid.desk;

import java.util.List;
import org.medaid.desk.common.SampleTownships;
import org.medaid.identity.PolicyArea;

/** The regions with a sample township in {@code samples/townships/}. */
public final class BundledSamples implements SampleTownships {

    @Override
    public List<PolicyArea> areas() {
        return List.of(PolicyArea.SHAOYANG, PolicyArea.CHAOZHOU, PolicyArea.LINYI, PolicyArea.GUANGXI);
    }
}
