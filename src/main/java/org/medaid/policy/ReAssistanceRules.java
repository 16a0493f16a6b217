package org.medaid.policy;

import java.util.List;
import java.util.Set;
import org.medaid.model.BillKind;

/**
 * Re-assistance (再救助 / 倾斜救助): schedule tracks (Linyi), a top-up (Guangxi), or an amount decided by
 * review and entered by hand (Shaoyang 2021, {@code manual}). Any of the three may be absent.
 */
public record ReAssistanceRules(List<Track> tracks, TopUp topUp, Manual manual) {

    public ReAssistanceRules {
        tracks = tracks == null ? List.of() : List.copyOf(tracks);
    }

    /** An amount entered by hand after review, paid on the bills of {@code kinds}. */
    public record Manual(Set<BillKind> kinds, String source) {
        public Manual {
            kinds = Set.copyOf(kinds);
        }
    }

    public static ReAssistanceRules none() {
        return new ReAssistanceRules(List.of(), null, null);
    }
}
