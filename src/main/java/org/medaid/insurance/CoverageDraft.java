package org.medaid.insurance;

import java.time.LocalDate;

/**
 * What the clerk (or a list) says about one person's insurance year: the status, the date paid or registered
 * (insured statuses), and for 未参保 the reason ({@code reasonText} required for 其他).
 */
public record CoverageDraft(long personId, int year, InsuranceStatus status, LocalDate since, UninsuredReason reason,
        String reasonText) {

    public static final int REASON_TEXT_MAX = 200;

    /** The same draft checked: refuses with the first problem; a blank text becomes null. */
    CoverageDraft checked(LocalDate today) {
        if (year < 2000 || year > today.getYear() + 1) {
            throw new InsuranceException(InsuranceProblem.YEAR_OUT_OF_RANGE, Integer.toString(year),
                    Integer.toString(today.getYear() + 1));
        }
        if (status == null) {
            throw new InsuranceException(InsuranceProblem.STATUS_MISSING);
        }
        String text = reasonText == null || reasonText.isBlank() ? null : reasonText.strip();
        if (text != null && text.length() > REASON_TEXT_MAX) {
            throw new InsuranceException(InsuranceProblem.REASON_TEXT_TOO_LONG, Integer.toString(REASON_TEXT_MAX));
        }
        if (status.insured()) {
            if (reason != null) {
                throw new InsuranceException(InsuranceProblem.REASON_NOT_APPLICABLE);
            }
            if (since == null) {
                throw new InsuranceException(InsuranceProblem.DATE_MISSING);
            }
            // Paid in the collection period of the year before (集中参保缴费期) up to the year's last day.
            if (since.getYear() > year || since.getYear() < year - 1) {
                throw new InsuranceException(InsuranceProblem.DATE_OUT_OF_YEAR, since.toString(), Integer.toString(year));
            }
            if (since.isAfter(today)) {
                throw new InsuranceException(InsuranceProblem.DATE_IN_FUTURE, since.toString());
            }
            return new CoverageDraft(personId, year, status, since, null, null);
        }
        if (reason == null) {
            throw new InsuranceException(InsuranceProblem.REASON_MISSING);
        }
        if (reason == UninsuredReason.OTHER && text == null) {
            throw new InsuranceException(InsuranceProblem.REASON_TEXT_MISSING);
        }
        return new CoverageDraft(personId, year, status, null, reason, text);
    }

    /** The first day this entry insures: the year's first day, or the registration date if later (潮医保〔2021〕48号 二.2 中途参保). */
    public LocalDate coveredFrom() {
        LocalDate first = LocalDate.of(year, 1, 1);
        return since == null || since.isBefore(first) ? first : since;
    }
}
