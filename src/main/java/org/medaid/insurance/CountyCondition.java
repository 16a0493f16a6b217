package org.medaid.insurance;

import java.time.OffsetDateTime;

/**
 * A county's decision on "basic medical insurance before medical assistance" for one policy whose document has no such
 * sentence ({@code coverage.required} unconfirmed, ADR 0092), recorded on 设置 › 县级参数 (ADR 0098): required or not
 * required, with the county's own document number, clause and the words quoted. Never deleted: a later decision names
 * the one it supersedes ({@code supersedes}, null for the first).
 */
public record CountyCondition(long id, String policyId, boolean required, String document, String clause, String quoted,
        Long supersedes, String decidedBy, OffsetDateTime decidedAt) {

    /** The county's citation as the sentences quote it: 「某医保发〔2023〕12号 第三条「…」」. */
    public String citation() {
        return document + " " + clause + "「" + quoted + "」";
    }
}
