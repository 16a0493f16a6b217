package org.medaid.policy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.medaid.model.BillKind;
import org.medaid.model.HospitalLevel;
import org.medaid.model.Insurance;
import org.medaid.model.Location;

/**
 * Basic medical insurance: the table (deductible per admission, rate), the ordinary annual cap, tilts
 * for some categories, the first self-pay share of remote treatment and who is spared it.
 */
public record BasicRules(
        List<BasicRow> table,
        Param cap,
        List<BasicTilt> tilts,
        Map<Location, Param> remoteFirstSelfPay,
        RemoteWaiver remoteWaiver,
        String source) {

    public BasicRules {
        table = List.copyOf(table);
        tilts = List.copyOf(tilts);
        remoteFirstSelfPay = remoteFirstSelfPay == null ? Map.of() : Map.copyOf(remoteFirstSelfPay);
    }

    public Optional<BasicRow> row(BillKind kind, HospitalLevel level, Insurance insurance) {
        for (int i = 0; i < table.size(); i++) {
            if (table.get(i).matches(kind, level, insurance)) {
                return Optional.of(table.get(i));
            }
        }
        return Optional.empty();
    }
}
