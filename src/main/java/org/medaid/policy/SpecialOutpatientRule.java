package org.medaid.policy;

import java.util.List;

/**
 * 门诊慢特病 as an entitlement (ADR 0068): a special-outpatient bill is paid for a disease certified for the person
 * ({@code source} the clause, e.g. 邵医保发〔2019〕13号 一(二)5 「符合病情诊断的门诊医疗费用，按规定程序审核纳入」);
 * {@code diseases} the document's list, empty where it names none (the desk then takes the disease as written and
 * says the list is not given).
 */
public record SpecialOutpatientRule(List<String> diseases, String source) {

    public SpecialOutpatientRule {
        diseases = List.copyOf(diseases);
    }
}
