package org.medaid.sample;

/**
 * Bank-card numbers of the sample people: the Luhn (mod 10) check digit of ISO/IEC 7812-1 annex B appended,
 * so every sample account passes the check the payout makes (workflow.Payee).
 */
final class BankCards {

    private BankCards() {
    }

    /** {@code body} followed by its Luhn check digit. */
    static String withCheckDigit(String body) {
        int sum = 0;
        boolean twice = true; // the digit left of the check digit is doubled
        for (int i = body.length() - 1; i >= 0; i--) {
            int d = body.charAt(i) - '0';
            if (d < 0 || d > 9) {
                throw new IllegalArgumentException("a card number is digits only");
            }
            if (twice) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
            twice = !twice;
        }
        return body + (10 - sum % 10) % 10;
    }
}
