package org.medaid.workflow;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.medaid.model.Money;

/** The rules every step of an application is checked against before anything is written. */
final class Guard {

    static final int NOTE_MAX = 500;
    static final int BANK_ACCOUNT_MAX = 40;
    static final int VISITORS_MAX = 100;

    private Guard() {
    }

    static void atStage(AssistanceApplication a, Stage expected) {
        if (a.stage() != expected) {
            throw new WorkflowException(WorkflowProblem.WRONG_STAGE, a.stage().name(), expected.name());
        }
    }

    /** A stage's date: given, not before the previous stage's, not after today. */
    static LocalDate date(LocalDate date, LocalDate previous, LocalDate today) {
        if (date == null) {
            throw new WorkflowException(WorkflowProblem.DATE_MISSING);
        }
        if (previous != null && date.isBefore(previous)) {
            throw new WorkflowException(WorkflowProblem.DATE_BEFORE_PREVIOUS_STAGE, date.toString(), previous.toString());
        }
        if (date.isAfter(today)) {
            throw new WorkflowException(WorkflowProblem.DATE_IN_FUTURE, date.toString());
        }
        return date;
    }

    static String note(String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        return text(note.strip(), NOTE_MAX);
    }

    static String text(String s, int max) {
        if (s.length() > max) {
            throw new WorkflowException(WorkflowProblem.TEXT_TOO_LONG, Integer.toString(max));
        }
        return s;
    }

    /** An amount above zero with at most two decimals, and no more than {@code max}. */
    static BigDecimal amount(BigDecimal value, BigDecimal max) {
        if (value == null) {
            throw new WorkflowException(WorkflowProblem.AMOUNT_MISSING);
        }
        if (value.signum() <= 0 || value.stripTrailingZeros().scale() > 2) {
            throw new WorkflowException(WorkflowProblem.AMOUNT_INVALID, value.toPlainString());
        }
        BigDecimal v = Money.round2(value);
        if (v.compareTo(max) > 0) {
            throw new WorkflowException(WorkflowProblem.AMOUNT_EXCEEDS_SELF_PAY, Money.format(v), Money.format(max));
        }
        return v;
    }

    static String bankAccount(String given, String fallback) {
        String account = given != null && !given.isBlank() ? given.strip() : fallback;
        if (account == null || account.isBlank()) {
            throw new WorkflowException(WorkflowProblem.BANK_ACCOUNT_MISSING);
        }
        return text(account.strip(), BANK_ACCOUNT_MAX);
    }
}
