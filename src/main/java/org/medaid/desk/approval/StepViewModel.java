package org.medaid.desk.approval;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.medaid.desk.common.Formats;
import org.medaid.desk.common.MoneyText;
import org.medaid.desk.common.Texts;
import org.medaid.workflow.AssistanceApplication;
import org.medaid.workflow.Grant;
import org.medaid.policy.Procedure;
import org.medaid.model.WorkingDays;

/**
 * The fields of one step on a case (visit date, notice start, amount, bank account, reason) with the
 * dates the step computes shown as they are typed (公示期 … 至 …, weekends skipped) and a message for the
 * first thing wrong. The workflow checks again when the step is saved.
 */
public final class StepViewModel {

    final Action action;
    final StringProperty date = new SimpleStringProperty("");
    final StringProperty amount = new SimpleStringProperty("");
    final StringProperty account = new SimpleStringProperty("");
    final StringProperty note = new SimpleStringProperty("");
    final StringProperty reason = new SimpleStringProperty("");
    /** 入户调查人员: who visited the household (the reviewer by default). */
    final StringProperty visitors = new SimpleStringProperty("");
    private final AssistanceApplication a;
    private final Grant grant;
    private final Procedure procedure;
    private final WorkingDays days;
    private final LocalDate today;
    private final Texts text;
    private final StringBinding info;
    private final StringBinding problem;
    private final BooleanBinding valid;
    private final BooleanBinding overriding;

    StepViewModel(Action action, AssistanceApplication a, Procedure procedure, WorkingDays days, LocalDate today, Texts text) {
        this(action, a, procedure, days, today, text, null);
    }

    /**
     * A step's form; for 县级审批 {@code grant} is the calculator's amount (ADR 0056): the amount starts at it, its lines
     * are shown, and another amount needs a reason.
     */
    StepViewModel(Action action, AssistanceApplication a, Procedure procedure, WorkingDays days, LocalDate today, Texts text,
            Grant grant) {
        this.action = action;
        this.grant = grant;
        this.procedure = procedure;
        this.a = a;
        this.days = days;
        this.today = today;
        this.text = text;
        LocalDate first = action == Action.PUBLICISE ? days.onOrAfter(today) : today;
        date.set(Formats.date(first));
        if (action == Action.APPROVE) {
            amount.set(grant == null ? "" : MoneyText.format(grant.computed()));
        }
        if (action == Action.PAY && a.bankAccount() != null) {
            account.set(a.bankAccount());
        }
        info = Bindings.createStringBinding(this::info, date, amount);
        overriding = Bindings.createBooleanBinding(this::overriding, amount);
        problem = Bindings.createStringBinding(this::problem, date, amount, account, reason);
        valid = Bindings.createBooleanBinding(() -> problem.get() == null, problem);
    }

    private String info() {
        Optional<LocalDate> d = Formats.parseDate(date.get());
        return switch (action) {
            case REVIEW -> text.format("step.review.info", Formats.date(a.appliedOn()), Formats.date(a.visitDue()))
                    + d.filter(x -> x.isAfter(a.visitDue())).map(x -> text.get("step.review.late")).orElse("");
            case PUBLICISE -> d.map(x -> {
                LocalDate start = days.onOrAfter(x);
                int n = Math.max(1, procedure.preApprovalNoticeDays());
                LocalDate end = days.periodEnd(start, n);
                return text.format("step.publicise.info", Formats.date(start), Formats.date(end),
                        n, Formats.date(days.after(end, 1)))
                        + (start.equals(x) ? "" : text.format("step.publicise.moved", Formats.date(x)));
            }).orElse("");
            case APPROVE -> approveInfo();
            case PAY -> text.format("step.pay.info", MoneyText.format(a.approvedAmount()), Formats.date(a.approvedOn()));
            case REJECT -> text.get("step.reject.info");
        };
    }

    /** When the county decides, then the calculator's amount and how it is made (ADR 0056). */
    private String approveInfo() {
        String when = a.publicityEnd() == null
                ? text.format("step.approve.infoReviewed", Formats.date(a.visitDate()), procedure.countyReview().workingDays(),
                        countyDue(), MoneyText.format(a.requestedAmount()), MoneyText.format(a.selfPayTotal()))
                : text.format("step.approve.info", Formats.date(a.publicityStart()), Formats.date(a.publicityEnd()),
                        MoneyText.format(a.requestedAmount()), MoneyText.format(a.selfPayTotal()));
        if (grant == null) {
            return when + "\n" + text.get("step.approve.noGrant");
        }
        return when + "\n" + text.format("step.approve.computed", MoneyText.format(grant.computed())) + "\n"
                + String.join("\n", grant.lines());
    }

    /** The amount typed differs from the calculator's: the reason field is needed. */
    private boolean overriding() {
        Optional<BigDecimal> v = MoneyText.parse(amount.get());
        return action == Action.APPROVE && (grant == null || v.isEmpty() || !grant.matches(v.get()));
    }

    /** The first thing wrong with the step as typed, or null. */
    private String problem() {
        Optional<LocalDate> d = Formats.parseDate(date.get());
        if (d.isEmpty()) {
            return text.get("step.error.date");
        }
        if (d.get().isAfter(today)) {
            return text.format("step.error.future", Formats.date(d.get()));
        }
        LocalDate previous = previous();
        if (previous != null && d.get().isBefore(previous)) {
            return text.format("step.error.beforePrevious", Formats.date(d.get()), Formats.date(previous));
        }
        switch (action) {
            case APPROVE -> {
                if (a.publicityEnd() != null && !d.get().isAfter(a.publicityEnd())) {
                    return text.format("step.error.publicity", Formats.date(a.publicityEnd()));
                }
                Optional<BigDecimal> v = MoneyText.parse(amount.get());
                if (v.isEmpty() || v.get().signum() <= 0 || v.get().stripTrailingZeros().scale() > 2) {
                    return text.get("step.error.amount");
                }
                if (v.get().compareTo(a.selfPayTotal()) > 0) {
                    return text.format("step.error.tooMuch", MoneyText.format(v.get()), MoneyText.format(a.selfPayTotal()));
                }
                if (overriding() && reason.get().isBlank()) {
                    return text.format("step.error.override", MoneyText.format(v.get()),
                            grant == null ? "—" : MoneyText.format(grant.computed()));
                }
            }
            case PAY -> {
                if (account.get().isBlank()) {
                    return text.get("step.error.account");
                }
            }
            case REJECT -> {
                if (reason.get().isBlank()) {
                    return text.get("step.error.reason");
                }
            }
            default -> {
            }
        }
        return null;
    }

    /** The date of the stage before, which this one may not precede. */
    private LocalDate previous() {
        return switch (action) {
            case REVIEW -> a.appliedOn();
            case PUBLICISE -> a.visitDate();
            case APPROVE -> a.publicityEnd() == null ? a.visitDate() : null; // after a notice: its own message
            case PAY -> a.approvedOn();
            case REJECT -> a.history().isEmpty() ? a.appliedOn() : a.history().get(a.history().size() - 1).on();
        };
    }

    /** The county's deadline (邵医保发〔2021〕32号 三(八)), or a dash in a year without calendar data. */
    private String countyDue() {
        try {
            return Formats.date(days.after(a.visitDate(), procedure.countyReview().workingDays()));
        } catch (org.medaid.model.NoCalendarException e) {
            return "—";
        }
    }

    LocalDate dateValue() {
        return Formats.parseDate(date.get()).orElse(null);
    }

    BigDecimal amountValue() {
        return MoneyText.parse(amount.get()).orElse(null);
    }

    /** True while the amount is not the calculator's (approval only): the reason row shows. */
    public BooleanBinding overridingBinding() {
        return overriding;
    }

    /** The calculator's amount on an approval's form, or null. */
    public Grant grant() {
        return grant;
    }

    public StringBinding infoBinding() {
        return info;
    }

    public StringBinding problemBinding() {
        return problem;
    }

    public BooleanBinding validBinding() {
        return valid;
    }

    public StringProperty dateProperty() {
        return date;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public StringProperty accountProperty() {
        return account;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public StringProperty visitorsProperty() {
        return visitors;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public Action action() {
        return action;
    }
}
