package org.medaid.session;

import java.util.Locale;
import java.util.ResourceBundle;
import org.medaid.model.Labels;

/**
 * The duties a desk user may hold (ADR 0034); a user may hold several. Which actions each allows is
 * {@link Duties}'s table; who may act on one case is decided there too (separation of duties).
 */
public enum Role {
    /** 经办人: enrols people, enters bills, makes applications. */
    CLERK,
    /** 乡镇审核人: reviews (入户调查), starts the public notice, records objections. */
    TOWNSHIP_REVIEWER,
    /** 县级审批人: approves or refuses. */
    COUNTY_APPROVER,
    /** 拨付经办人: pays an approved case out. */
    PAYOUT_CLERK,
    /** 系统管理员: users, settings, backup and restore; no case work unless also given a case role. */
    ADMINISTRATOR;

    /** The role's name on screen, from {@code session/messages}. */
    public String label(Locale locale) {
        return ResourceBundle.getBundle("org.medaid.session.messages", locale, Labels.NO_FALLBACK).getString("role." + name());
    }
}
