package org.medaid.intake;

import java.time.LocalDate;
import org.medaid.workflow.Stage;

/**
 * One application as the intake screen lists it: the case, the applicant, where it stands, the day its next act is
 * due (the township's 10 working days while 申请, ADR 0038), and what the intake recorded ({@code intake} null:
 * nothing yet).
 */
public record IntakeCase(long applicationId, String caseNumber, long personId, String name, String village, Stage stage,
        LocalDate appliedOn, LocalDate due, boolean overdue, IntakeRecord intake) {

    public boolean urgent() {
        return intake != null && intake.urgent();
    }
}
