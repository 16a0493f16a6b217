package org.medaid.workflow;

import java.util.Locale;
import java.util.ResourceBundle;
import org.medaid.model.Labels;

/**
 * The stages of an assistance application (医疗救助申请审批), in their only order:
 * 申请 → 乡镇审核 → 公示 → 县级审批 → 拨付, or 不予救助 at review or approval.
 */
public enum Stage {
    /** 申请: entered; the township visits the household within 10 working days. */
    APPLIED,
    /** 乡镇审核: household visited and the township agrees. */
    TOWNSHIP_REVIEWED,
    /** 公示: the notice is posted for 5 working days. */
    PUBLICISED,
    /** 县级审批: approved with an amount. */
    APPROVED,
    /** 拨付: paid to the bank account. */
    PAID,
    /** 不予救助: refused, with the written reason given to the applicant. */
    REJECTED;

    /** Still waiting for someone to act. */
    public boolean open() {
        return this != PAID && this != REJECTED;
    }

    /** The stage's name on screen and on the form, from {@code workflow/messages}. */
    public String label(Locale locale) {
        return ResourceBundle.getBundle("org.medaid.workflow.messages", locale, Labels.NO_FALLBACK).getString("stage." + name());
    }

    /** Whether a case at this stage may still be refused: at review, during the notice, or at approval. */
    public boolean mayBeRejected() {
        return this == APPLIED || this == TOWNSHIP_REVIEWED || this == PUBLICISED;
    }
}
