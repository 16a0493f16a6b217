package org.medaid.settlement;

import java.time.Instant;
import java.util.List;
import org.medaid.print.SlipData;

/**
 * An issued settlement (结算, ADR 0031): its number, the bill and version it settled, the policy used, the
 * figures, the unconfirmed figures named, the whole slip as issued (its bill and result carry the number as
 * their id, so the slip prints it), the basis it was computed from, how it was issued, by whom and when.
 * Never changed after it is written.
 */
public record Settlement(
        long id,
        String number,
        long billId,
        long billVersion,
        long personId,
        String policy,
        Figures figures,
        List<String> unconfirmed,
        SlipData slip,
        Basis basis,
        IssuedVia via,
        String issuedBy,
        Instant issuedAt) {

    public Settlement {
        unconfirmed = unconfirmed == null ? List.of() : List.copyOf(unconfirmed);
    }
}
