package org.medaid.bills;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.medaid.model.Labels;

/**
 * One thing wrong with a bill: a {@link Code}, the field it concerns (null for the whole bill) and the
 * figures the message shows. The screen shows {@link #message(Locale)}, from {@code bills/messages}.
 */
public record BillProblem(Code code, String field, List<String> args) {

    public enum Code {
        /** POLICY-NOTES §7.2: no document gives employee basic-insurance rates; the settled amount is required. */
        EMPLOYEE_BASIC_REQUIRED,
        /** POLICY-NOTES §7.2: the policy's critical-illness rules are for residents; the settled amount is required. */
        EMPLOYEE_CRITICAL_ILLNESS_REQUIRED,
        PERSON_UNKNOWN,
        PERSON_VOIDED,
        /** A correction may not move a bill to someone else: void it and enter it for the right person. */
        PERSON_CHANGED,
        BILL_UNKNOWN,
        BILL_VOIDED,
        KIND_MISSING,
        DATE_MISSING,
        HOSPITAL_MISSING,
        TEXT_TOO_LONG,
        AMOUNT_MISSING,
        AMOUNT_NEGATIVE,
        AMOUNT_DECIMALS,
        AMOUNT_TOO_LARGE,
        DISCHARGE_BEFORE_ADMISSION,
        DATE_IN_FUTURE,
        /** 目录外 + 乙类先自付 + 超限价 exceed 医疗费总额: the compliant cost would be negative (POLICY-NOTES §1). */
        PARTS_EXCEED_TOTAL,
        /** 统筹支付 + 大病保险 from the settlement sheet exceed the compliant cost. */
        SETTLED_EXCEED_COMPLIANT,
        /** No policy of the person's region is in force on the settlement date: an error, never a fallback. */
        NO_POLICY,
        /** A reviewed tilt amount on a bill whose policy has no hand-entered tilt for its kind. */
        TILT_NOT_IN_POLICY,
        /** 广西 三(五): an approved special case is marked only where the catalogue share applies (POLICY-NOTES §7.1). */
        CATALOGUE_APPROVAL_NOT_IN_POLICY,
        /** POLICY-NOTES §7.4: only 特惠保 (shaoyang-2019) and 其他补充医疗保险 (chaozhou-2021) come before assistance. */
        SUPPLEMENTARY_NOT_IN_POLICY,
        /** POLICY-NOTES §8: one-stop settled assistance rests on the basic and critical illness the hospital settled. */
        SETTLED_ASSISTANCE_NEEDS_SETTLED_TIERS,
        /** POLICY-NOTES §7.5: only 邵医保发〔2021〕32号 四(十二) continues the deductible of a referred stay. */
        REFERRAL_NOT_IN_POLICY,
        /** An earlier stay is named only for an inpatient stay marked referred. */
        REFERRED_FROM_NOT_REFERRED,
        /** The earlier stay is not an inpatient stay of the same person and year that ended on the admission day or the day before. */
        REFERRED_FROM_INVALID,
        /** The calculator refused the year with this bill in it; the detail says why. */
        CANNOT_COMPUTE,
        VOID_REASON_MISSING;

        /**
         * Whether the bill cannot be computed while this problem stands; a missing hospital name, say,
         * does not stop the live computation as the clerk types, only the save.
         */
        public boolean blocksComputation() {
            return this != HOSPITAL_MISSING && this != TEXT_TOO_LONG && this != DATE_IN_FUTURE;
        }
    }

    public BillProblem {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static BillProblem of(Code code, String field, String... args) {
        return new BillProblem(code, field, List.of(args));
    }

    /** The message for the screen: the field's name first where there is one. */
    public String message(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("org.medaid.bills.messages", locale, Labels.NO_FALLBACK);
        Object[] values = new Object[args.size() + 1];
        values[0] = field == null ? "" : label(bundle, field);
        for (int i = 0; i < args.size(); i++) {
            values[i + 1] = args.get(i);
        }
        return new MessageFormat(bundle.getString("bill.problem." + code.name()), locale).format(values);
    }

    private static String label(ResourceBundle bundle, String field) {
        try {
            return bundle.getString("bill.field." + field);
        } catch (MissingResourceException e) {
            return field;
        }
    }
}
