package org.medaid.workflow;

import java.time.LocalDate;

/**
 * An objection raised during a notice before approval (公示异议): who raised it and when, what it says, who
 * recorded it; once resolved, the check made, the outcome, who decided and on which day ({@code outcome} null:
 * open, the case is held at 公示).
 */
public record Objection(long id, long applicationId, String raisedBy, LocalDate raisedOn, String content, String recordedBy,
        String checkMade, Outcome outcome, LocalDate resolvedOn, String resolvedBy) {

    public enum Outcome {
        /** 异议成立: the case ends as 不予救助 with the objection as the reason. */
        UPHELD,
        /** 异议不成立: checked, approval may go on. */
        DISMISSED
    }

    public boolean open() {
        return outcome == null;
    }
}
