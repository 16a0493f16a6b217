package org.medaid.workflow;

import java.time.LocalDate;

/** An application's number as the screens and the printed forms show it: the year applied and the id, 2024-0007. */
public final class CaseNumber {

    private CaseNumber() {
    }

    public static String of(long applicationId, LocalDate appliedOn) {
        return String.format("%d-%04d", appliedOn.getYear(), applicationId);
    }
}
