package org.medaid.desk.approval;

import org.medaid.workflow.Stage;

/** What can be done to a case, and the stage it must be at (不予救助: at review, notice or approval). */
public enum Action {
    /** 乡镇审核: the household visit; reviewers only, not on one's own case. */
    REVIEW(Stage.APPLIED, true),
    /** 公示: the notice is posted, its 5 working days computed. */
    PUBLICISE(Stage.TOWNSHIP_REVIEWED, false),
    /** 县级审批: an amount, after the notice; reviewers only, not on one's own case. */
    APPROVE(Stage.PUBLICISED, true),
    /** 拨付: bank account and date. */
    PAY(Stage.APPROVED, false),
    /** 不予救助 with the written reason; reviewers only, not on one's own case. */
    REJECT(null, true);

    private final Stage from;
    private final boolean reviewersOnly;

    Action(Stage from, boolean reviewersOnly) {
        this.from = from;
        this.reviewersOnly = reviewersOnly;
    }

    /** Whether a case at {@code s} is ready for this action. */
    public boolean appliesTo(Stage s) {
        return from == null ? s.mayBeRejected() : from == s;
    }

    /** 审核, 审批, 拨付 and 不予救助 are never done on a case one entered (ADR 0034). */
    public boolean reviewersOnly() {
        return reviewersOnly || this == PAY;
    }

    /** The duty this step needs on a case at {@code s} (ADR 0034); the services check it again. */
    public org.medaid.session.Action duty(Stage s) {
        return switch (this) {
            case REVIEW -> org.medaid.session.Action.REVIEW;
            case PUBLICISE -> org.medaid.session.Action.PUBLICISE;
            case APPROVE -> org.medaid.session.Action.APPROVE;
            case PAY -> org.medaid.session.Action.PAY;
            case REJECT -> s == Stage.PUBLICISED ? org.medaid.session.Action.REFUSE_AT_APPROVAL
                    : org.medaid.session.Action.REFUSE_AT_REVIEW;
        };
    }
}
