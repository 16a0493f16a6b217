package org.medaid.workflow;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.medaid.model.Labels;
import org.medaid.model.Money;

/**
 * An assistance application with everything the 医疗救助申请审批表 shows: the applicant and household as
 * they were, the bills with their computed amounts, the amounts asked for and approved, the dates of
 * each stage and who recorded it. {@code grounds} are the calculator's flags that send the case to
 * application, or {@link #ON_REQUEST}. {@code computedAmount} is the calculator's figure at approval ({@link Grant},
 * ADR 0056) and {@code grantReason} the approver's reason where {@code approvedAmount} differs from it; both null
 * before approval and on cases approved before the figure was computed.
 */
public record AssistanceApplication(
        long id,
        long version,
        long personId,
        Stage stage,
        List<String> grounds,
        LocalDate appliedOn,
        LocalDate visitDue,
        LocalDate visitDate,
        String visitors,
        LocalDate publicityStart,
        LocalDate publicityEnd,
        LocalDate approvedOn,
        LocalDate payoutDate,
        LocalDate rejectedOn,
        Stage rejectedAtStage,
        String rejectionReason,
        List<HouseholdMember> household,
        BigDecimal householdIncome,
        BigDecimal requestedAmount,
        BigDecimal approvedAmount,
        String bankAccount,
        String enteredBy,
        Instant enteredAt,
        List<ApplicationBill> bills,
        List<StageRecord> history,
        BigDecimal computedAmount,
        String grantReason) {

    /** An application without the approval's computed figure (not approved yet). */
    public AssistanceApplication(long id, long version, long personId, Stage stage, List<String> grounds, LocalDate appliedOn,
            LocalDate visitDue, LocalDate visitDate, String visitors, LocalDate publicityStart, LocalDate publicityEnd,
            LocalDate approvedOn, LocalDate payoutDate, LocalDate rejectedOn, Stage rejectedAtStage, String rejectionReason,
            List<HouseholdMember> household, BigDecimal householdIncome, BigDecimal requestedAmount, BigDecimal approvedAmount,
            String bankAccount, String enteredBy, Instant enteredAt, List<ApplicationBill> bills, List<StageRecord> history) {
        this(id, version, personId, stage, grounds, appliedOn, visitDue, visitDate, visitors, publicityStart, publicityEnd,
                approvedOn, payoutDate, rejectedOn, rejectedAtStage, rejectionReason, household, householdIncome, requestedAmount,
                approvedAmount, bankAccount, enteredBy, enteredAt, bills, history, null, null);
    }

    /** The approver granted another amount than the calculator's, with a reason (ADR 0056). */
    public boolean grantOverridden() {
        return grantReason != null;
    }

    /** The ground of an application made at the person's request, without a flag of the calculator. */
    public static final String ON_REQUEST = "ON_REQUEST";

    /** The case number printed on forms and receipts: the year applied and the id (2024-0007), as desk.screens.CaseNumber. */
    public String caseNumber() {
        return String.format("%d-%04d", appliedOn.getYear(), id);
    }

    public AssistanceApplication {
        grounds = List.copyOf(grounds);
        household = List.copyOf(household);
        bills = List.copyOf(bills);
        history = List.copyOf(history);
    }

    /** The name of an application's ground (a flag code or {@code ON_REQUEST}); the code itself when unknown. */
    public static String groundLabel(String ground, Locale locale) {
        ResourceBundle b = ResourceBundle.getBundle("org.medaid.workflow.messages", locale, Labels.NO_FALLBACK);
        return b.containsKey("ground." + ground) ? b.getString("ground." + ground) : ground;
    }

    /** What the applicant still bears on the application's bills after every tier: the most that can be granted. */
    public BigDecimal selfPayTotal() {
        return bills.stream().map(ApplicationBill::selfPay).reduce(Money.ZERO, BigDecimal::add);
    }

    public BigDecimal totalCost() {
        return bills.stream().map(ApplicationBill::total).reduce(Money.ZERO, BigDecimal::add);
    }

    /** The household visit came later than 10 working days after the application. */
    public boolean visitLate() {
        return visitDate != null && visitDate.isAfter(visitDue);
    }

    /** The record of the latest time the case reached {@code s}. */
    public Optional<StageRecord> stageRecord(Stage s) {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).stage() == s) {
                return Optional.of(history.get(i));
            }
        }
        return Optional.empty();
    }
}
