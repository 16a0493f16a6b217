package org.medaid.policy;

import java.util.List;

/**
 * The rules of the second audit that not every policy has (POLICY-NOTES §7): the catalogue share
 * (广西 三(五)), a supplementary insurance before assistance, and the referral rule for the basic deductible
 * ({@code referralSource} null: the document has none, 邵医保发〔2021〕32号 四(十二) has one), and the insured-rate
 * target of the protected population ({@code coverageTarget}: the 参保台账; null where the document
 * gives no figure, which the desk shows as unconfirmed), and whether categories change only with the monthly
 * lists, and the written applications with their documents ({@code intake}, empty where the document lists
 * none), and whether a special-outpatient bill needs a certified disease ({@code specialOutpatient}, ADR 0068), and
 * the clause that makes basic insurance a condition of assistance ({@code insuranceRequired}, ADR 0092; every policy
 * file carries one, a policy made in code may not). Each may be null.
 */
public record PolicyExtras(CatalogueShare catalogueShare, SupplementaryRule supplementary, String referralSource,
        Param coverageTarget, String listsOnlySource, List<IntakeType> intake, SpecialOutpatientRule specialOutpatient,
        InsuranceRequirement insuranceRequired) {

    public static final PolicyExtras NONE = new PolicyExtras(null, null, null, null, null, List.of(), null, null);

    /** Without the insurance condition. */
    public PolicyExtras(CatalogueShare catalogueShare, SupplementaryRule supplementary, String referralSource,
            Param coverageTarget, String listsOnlySource, List<IntakeType> intake, SpecialOutpatientRule specialOutpatient) {
        this(catalogueShare, supplementary, referralSource, coverageTarget, listsOnlySource, intake, specialOutpatient, null);
    }

    /** Without the special-outpatient entitlement rule. */
    public PolicyExtras(CatalogueShare catalogueShare, SupplementaryRule supplementary, String referralSource,
            Param coverageTarget, String listsOnlySource, List<IntakeType> intake) {
        this(catalogueShare, supplementary, referralSource, coverageTarget, listsOnlySource, intake, null);
    }

    public PolicyExtras {
        intake = intake == null ? List.of() : List.copyOf(intake);
    }

    public PolicyExtras(CatalogueShare catalogueShare, SupplementaryRule supplementary, String referralSource) {
        this(catalogueShare, supplementary, referralSource, null, null, List.of());
    }

    /**
     * Whether categories change only with the monthly lists ({@code listsOnlySource} the clause, 临医保发〔2022〕13号 六
     * 「当月其他时间不再对帮扶对象进行变更」): a hand edit between lists is held until the next list.
     */
    public boolean listsOnly() {
        return listsOnlySource != null;
    }
}
