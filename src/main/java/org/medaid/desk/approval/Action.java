package org.medaid.desk.approval;

import org.medaid.workflow.Stage;

/**
 * What can be done to a case, and the stage it must be at (不予救助: at review, notice or approval). By default
 * 县级审批 follows 乡镇审核 (邵医保发〔2021〕32号 三(八)); where the county posts a notice before approval
 * (ADR 0038), 公示 comes between them.
 */
public enum Action {
    /** 乡镇审核: the household visit; reviewers only, not on one's own case. */
    REVIEW(Stage.APPLIED, true),
    /** 公示 before approval: only where the county set one; its working days computed. */
    PUBLICISE(Stage.TOWNSHIP_REVIEWED, false),
    /** 县级审批: an amount, after the township review (or the county's notice); not on one's own case. */
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

    /** Whether a case at {@code s} is ready for this action, where the county does or does not post a notice first. */
    public boolean appliesTo(Stage s, boolean noticeBeforeApproval) {
        return switch (this) {
            case PUBLICISE -> noticeBeforeApproval && s == Stage.TOWNSHIP_REVIEWED;
            case APPROVE -> s == Stage.PUBLICISED || !noticeBeforeApproval && s == Stage.TOWNSHIP_REVIEWED;
            default -> from == null ? s.mayBeRejected() : from == s;
        };
    }

    /** 审核, 审批, 拨付 and 不予救助 are never done on a case one entered (ADR 0034). */
    public boolean reviewersOnly() {
        return reviewersOnly || this == PAY;
    }

    /** The duty this step needs on a case at {@code s} (ADR 0034); the services check it again. */
    public org.medaid.session.Action duty(Stage s, boolean noticeBeforeApproval) {
        return switch (this) {
            case REVIEW -> org.medaid.session.Action.REVIEW;
            case PUBLICISE -> org.medaid.session.Action.PUBLICISE;
            case APPROVE -> org.medaid.session.Action.APPROVE;
            case PAY -> org.medaid.session.Action.PAY;
            case REJECT -> s == Stage.PUBLICISED || s == Stage.TOWNSHIP_REVIEWED && !noticeBeforeApproval
                    ? org.medaid.session.Action.REFUSE_AT_APPROVAL
                    : org.medaid.session.Action.REFUSE_AT_REVIEW;
        };
    }
}
