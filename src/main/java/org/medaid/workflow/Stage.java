package org.medaid.workflow;

import java.util.Locale;
import java.util.ResourceBundle;
import org.medaid.model.Labels;

/**
 * The stages of an assistance application (医疗救助申请审批, 邵医保发〔2021〕32号 三(八), ADR 0038):
 * 申请 → 乡镇审核 → 县级审批 → 拨付, or 不予救助 at review or approval; the village notice of the quarter's
 * approved cases comes after approval and payment. Where the county posts a notice before approval (a county
 * setting, off by default), 公示 sits between 乡镇审核 and 县级审批.
 */
public enum Stage {
    /** 申请: entered; the township visits the household and reviews within the procedure's working days. */
    APPLIED,
    /** 乡镇审核: household visited and the township agrees. */
    TOWNSHIP_REVIEWED,
    /** 公示: the county's notice before approval, for the working days it set (only where it set one). */
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
