package org.medaid.session;

import java.util.Set;

/**
 * Everything a desk user does that changes data or reaches the store's safety (ADR 0034), with the
 * roles allowed to do it. Reading is open to every logged-in user.
 */
public enum Action {
    /** Enrol, change or void people and categories, by hand or by importing a list. */
    ENROL(Role.CLERK),
    ENTER_BILL(Role.CLERK),
    APPLY(Role.CLERK),
    REVIEW(Role.TOWNSHIP_REVIEWER),
    PUBLICISE(Role.TOWNSHIP_REVIEWER),
    RECORD_OBJECTION(Role.TOWNSHIP_REVIEWER),
    /** 不予救助 while the case is with the township (申请, 乡镇审核). */
    REFUSE_AT_REVIEW(Role.TOWNSHIP_REVIEWER),
    APPROVE(Role.COUNTY_APPROVER),
    /** 不予救助 at county approval (after the notice). */
    REFUSE_AT_APPROVAL(Role.COUNTY_APPROVER),
    PAY(Role.PAYOUT_CLERK),
    /** 登记追回款: money returned after an upheld objection to a paid case, and the void of a mistaken entry (ADR 0077). */
    RECORD_RETURN(Role.PAYOUT_CLERK),
    /** 结束追回复核 before the whole amount is back, with the recorded reason (ADR 0077). */
    CLOSE_RECOVERY(Role.COUNTY_APPROVER),
    MANAGE_USERS(Role.ADMINISTRATOR),
    /** Apply a held hand edit of a category now, before the next monthly list (临医保发〔2022〕13号 六), with a reason. */
    OVERRIDE_MONTHLY_LIST(Role.ADMINISTRATOR),
    CHANGE_SETTINGS(Role.ADMINISTRATOR),
    BACKUP(Role.ADMINISTRATOR),
    RESTORE(Role.ADMINISTRATOR);

    private final Set<Role> roles;

    Action(Role... roles) {
        this.roles = Set.of(roles);
    }

    /** The roles any one of which allows this action. */
    public Set<Role> roles() {
        return roles;
    }
}
