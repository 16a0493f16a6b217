package org.medaid.users;

import java.util.Locale;
import java.util.ResourceBundle;
import org.medaid.model.Labels;

/**
 * What a desk user may do (issue #4, users and roles): a clerk enters people, bills and applications; a
 * reviewer also reviews (乡镇审核) and approves (县级审批); an administrator also manages users.
 */
public enum Role {
    CLERK,
    REVIEWER,
    ADMINISTRATOR;

    /** 审核 and 审批 are for reviewers and administrators only. */
    public boolean mayReview() {
        return this != CLERK;
    }

    public boolean mayManageUsers() {
        return this == ADMINISTRATOR;
    }

    /** The role's name on screen, from {@code users/messages}. */
    public String label(Locale locale) {
        return ResourceBundle.getBundle("org.medaid.users.messages", locale, Labels.NO_FALLBACK).getString("role." + name());
    }
}
