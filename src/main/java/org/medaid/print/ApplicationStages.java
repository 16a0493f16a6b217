package org.medaid.print;

import org.medaid.model.WorkingDays;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Where an application stands: 申请 → 乡镇审核（入户调查）→ 公示 → 县级审批 → 拨付, or 不予救助 with the
 * written reason. Each stage that happened records who and when; a null stage has not happened yet.
 * Deadlines are not stored: the form computes them from the dates with {@link WorkingDays}.
 */
public record ApplicationStages(
        Step applied,
        Review township,
        Publicity publicity,
        Approval county,
        Payout payout,
        Refusal refusal) {

    public ApplicationStages {
        Objects.requireNonNull(applied, "applied");
        Objects.requireNonNull(applied.date(), "applied.date");
        if (refusal != null && payout != null) {
            throw new IllegalArgumentException("an application is either refused or paid, not both");
        }
    }

    /** Who did a step (signs for it), when, and what they wrote. */
    public record Step(String who, LocalDate date, String opinion) {
    }

    /** 乡镇审核: the household visit (入户调查, who visited, when) and the township's opinion. */
    public record Review(Step step, LocalDate visitedOn, String visitors) {
    }

    /** 公示: from which day, and what came of it (objections or none). */
    public record Publicity(LocalDate from, String result) {
    }

    /**
     * 县级审批: the approver's step, the amount approved and, where it differs from the policy's figure, the approver's
     * reason (ADR 0056).
     */
    public record Approval(Step step, BigDecimal amount, String reason) {

        /** An approval at the policy's figure, or one recorded before the figure was computed. */
        public Approval(Step step, BigDecimal amount) {
            this(step, amount, null);
        }
    }

    /** 拨付: when, how much, and who paid it out. */
    public record Payout(Step step, BigDecimal amount) {
    }

    /** 不予救助: at which stage, the reason the applicant is given in writing, and who decided when. */
    public record Refusal(Stage at, Step step, String reason) {

        public Refusal {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** The stages of the procedure, in order; the waiting list groups cases by them. */
    public enum Stage {
        APPLIED,
        TOWNSHIP_REVIEW,
        PUBLICITY,
        COUNTY_APPROVAL,
        PAYOUT
    }
}
