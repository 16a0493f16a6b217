package org.medaid.watch;

import org.medaid.session.Action;

/** What was done about a person on a watch list, and the duty that may record it (ADR 0034). */
public enum WatchAction {
    /** 已申请: the person's application was received (经办人). */
    APPLIED(Action.APPLY),
    /** 已核查: the township looked at the case (乡镇审核人). */
    REVIEWED(Action.REVIEW),
    /** 无需救助: checked, nothing to do (乡镇审核人). */
    NOT_NEEDED(Action.REVIEW);

    private final Action duty;

    WatchAction(Action duty) {
        this.duty = duty;
    }

    public Action duty() {
        return duty;
    }
}
