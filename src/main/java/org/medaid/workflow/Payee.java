package org.medaid.workflow;

/**
 * The account a case is paid to (ADR 0034): the person's account as recorded when the case is approved,
 * validated then, and the only one a payout may go to. Accounts are 16 to 19 digits (the lengths of
 * Chinese bank cards, GB/T 15694 / ISO/IEC 7812); a 16–19 digit card number that fails the Luhn check
 * (ISO/IEC 7812-1 annex B) is a typing error. Passbook (存折) numbers of rural credit cooperatives do not
 * always carry a Luhn digit, so the check is made on card numbers (starting with 6, the bank-card issuer
 * range) and not on the rest.
 */
final class Payee {

    static final int MIN_DIGITS = 16;
    static final int MAX_DIGITS = 19;

    private Payee() {
    }

    /** The person's account, checked; refused when missing or malformed (approval waits for a valid one). */
    static String validAccount(String account) {
        if (account == null || account.isBlank()) {
            throw new WorkflowException(WorkflowProblem.BANK_ACCOUNT_MISSING);
        }
        String digits = account.replace(" ", "").strip();
        if (!digits.matches("\\d{" + MIN_DIGITS + "," + MAX_DIGITS + "}")) {
            throw new WorkflowException(WorkflowProblem.BANK_ACCOUNT_INVALID, account.strip());
        }
        if (digits.charAt(0) == '6' && !luhn(digits)) {
            throw new WorkflowException(WorkflowProblem.BANK_ACCOUNT_CHECK_DIGIT, account.strip());
        }
        return digits;
    }

    /** The approved account; a different one typed at payout is refused. */
    static String approvedAccount(String given, String approved) {
        if (approved == null || approved.isBlank()) {
            throw new WorkflowException(WorkflowProblem.BANK_ACCOUNT_MISSING);
        }
        if (given != null && !given.isBlank() && !given.replace(" ", "").strip().equals(approved)) {
            throw new WorkflowException(WorkflowProblem.PAYEE_NOT_APPROVED, given.strip(), approved);
        }
        return approved;
    }

    /** The Luhn (mod 10) check over all digits, the last being the check digit. */
    static boolean luhn(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }
}
