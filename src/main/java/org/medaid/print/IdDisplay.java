package org.medaid.print;

/**
 * How an identity-card number is printed: masked (4305**********1234, for anything posted or handed
 * out, 邵医保发〔2021〕32号 三(八) public notice) or in full (the bank's payout list, by setting on slips).
 */
public enum IdDisplay {
    MASKED,
    FULL;

    /** Keeps the first and last four characters; shorter numbers are masked but for the last one. */
    public String show(String idNumber) {
        if (idNumber == null || idNumber.isBlank()) {
            return null;
        }
        String id = idNumber.trim();
        if (this == FULL) {
            return id;
        }
        if (id.length() > 8) {
            return id.substring(0, 4) + "*".repeat(id.length() - 8) + id.substring(id.length() - 4);
        }
        return "*".repeat(id.length() - 1) + id.substring(id.length() - 1);
    }
}
