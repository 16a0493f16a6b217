package org.medaid.policy;

import java.util.List;
import java.util.Set;
import org.medaid.model.BillKind;

/**
 * One annual ledger of a tier: the bill kinds it covers and its groups. Bills of a track share its
 * deductible and cap; a tier may have several (e.g. Linyi's special-drug track, Shaoyang 2019's
 * separate special-outpatient assistance cap). The id ties the ledger across a change of policy.
 */
public record Track(String id, Set<BillKind> kinds, Set<String> outpatientDiseases, List<Group> groups) {

    public Track {
        kinds = Set.copyOf(kinds);
        outpatientDiseases = Set.copyOf(outpatientDiseases);
        groups = List.copyOf(groups);
    }

    /**
     * Whether the track covers a bill: its kind, and for outpatient bills the disease where the track
     * lists the diseases it covers (广西 三(二): dialysis, malignant tumours, ...).
     */
    public boolean covers(BillKind kind, String disease) {
        if (!kinds.contains(kind)) {
            return false;
        }
        // A bill without a disease is not one of the listed diseases (Set.copyOf refuses contains(null)).
        return kind == BillKind.INPATIENT || outpatientDiseases.isEmpty() || disease != null && outpatientDiseases.contains(disease);
    }
}
