package org.medaid.chronic;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One 门诊慢特病 entitlement of a person, or the application for one the desk helps with (帮办/代办): the disease,
 * how the desk helped, when applied, the state, and once decided the certificate number, the dates, who certified
 * (or the reason of a refusal in {@code note}).
 */
public record Entitlement(long id, long version, long personId, String disease, Help help, LocalDate appliedOn, State state,
        String certificateNo, LocalDate validFrom, LocalDate validTo, String certifiedBy, LocalDate decidedOn, String note,
        String changedBy, Instant changedAt) {

    /** How the desk took part in the certification (鲁医保发〔2021〕56号 二(三) 「帮办」「代办」). */
    public enum Help {
        /** The person applied alone; the desk records the certificate. */
        NONE,
        /** 帮办: the desk helped the person apply. */
        HELPED,
        /** 代办: the desk applied for the person. */
        PROXY
    }

    public enum State {
        APPLIED,
        CERTIFIED,
        REFUSED,
        VOIDED
    }

    /** Whether this entitlement covers a bill of {@code date}. */
    public boolean covers(LocalDate date) {
        return state == State.CERTIFIED && !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }
}
