package org.medaid.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** How one application was received: type, documents, urgent mark, and when the applicant was told of a refusal. */
public record IntakeRecord(long applicationId, long version, String policyId, String typeId, List<String> received,
        List<String> missing, boolean urgent, String urgentReason, LocalDate toldOn, String toldHow, String updatedBy,
        Instant updatedAt) {

    public IntakeRecord {
        received = List.copyOf(received);
        missing = List.copyOf(missing);
    }
}
