package org.medaid.desk.firstrun;

import java.util.List;
import org.medaid.backup.FigureDecision;
import org.medaid.identity.PolicyArea;
import org.medaid.identity.Region;
import org.medaid.policy.Policy;

/** Everything the first run collected, written in one go when the clerk presses 完成. */
public record FirstRunPlan(Region county, Policy policy, List<FigureDecision> decisions, String login, String displayName,
        char[] password, boolean loadSample) {

    public PolicyArea area() {
        return PolicyArea.of(county.code());
    }
}
