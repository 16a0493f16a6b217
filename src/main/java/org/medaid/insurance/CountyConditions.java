package org.medaid.insurance;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.medaid.policy.InsuranceRequirement;
import org.medaid.policy.Policy;
import org.medaid.policy.PolicyRegistry;
import org.medaid.session.Action;
import org.medaid.session.Session;
import org.medaid.store.Actors;
import org.medaid.store.AuditWriter;
import org.medaid.store.Database;

/**
 * The county's decisions on "basic medical insurance before medical assistance" (ADR 0098), one policy at a time, for
 * a policy whose bundled {@code coverage.required} is unconfirmed (ADR 0092): recorded by an administrator (the duty
 * that changes county figures, {@link Action#CHANGE_SETTINGS}), each with the county's document number, clause and
 * quoted words, in one transaction with an audit row. Never deleted: a later decision supersedes the one in force and
 * the history stays. A policy whose own document says it (Linyi) is not offered: a county cannot override a clause.
 */
public final class CountyConditions {

    public static final int DOCUMENT_MAX = 100;
    public static final int CLAUSE_MAX = 60;
    public static final int QUOTED_MAX = 500;

    private final Database db;
    private final Supplier<PolicyRegistry> policies;
    private final Clock clock;
    private final AuditWriter audit;

    public CountyConditions(Database db, Supplier<PolicyRegistry> policies, Clock clock) {
        this.db = db;
        this.policies = policies;
        this.clock = clock;
        this.audit = new AuditWriter(clock);
    }

    /** Whether a county may record a decision for {@code policy}: its file carries the entry, unconfirmed. */
    public static boolean offered(Policy policy) {
        InsuranceRequirement r = policy.extras().insuranceRequired();
        return r != null && r.unconfirmed();
    }

    /** The decision in force for the policy, if the county recorded one. */
    public Optional<CountyCondition> current(String policyId) {
        return db.read(c -> CountyConditionRows.current(c, policyId));
    }

    /** Every decision recorded for the policy, newest (the one in force) first. */
    public List<CountyCondition> history(String policyId) {
        return db.read(c -> CountyConditionRows.history(c, policyId, Integer.MAX_VALUE));
    }

    /**
     * Records the county's decision for {@code policyId}, superseding the one in force; {@code seenCurrent} is the id of
     * the decision the administrator saw (0 for none), so a decision recorded meanwhile at another desk is not hidden.
     * Refused, with nothing written: a user without the duty, a policy not offered, a citation incomplete or too long.
     */
    public CountyCondition record(String policyId, boolean required, String document, String clause, String quoted,
            long seenCurrent, Session session) {
        return db.inTransaction(c -> {
            String user = Actors.author(c, session, Action.CHANGE_SETTINGS);
            Policy policy = policies.get().byId(policyId)
                    .orElseThrow(() -> new InsuranceException(InsuranceProblem.CONDITION_POLICY_UNKNOWN, String.valueOf(policyId)));
            if (!offered(policy)) {
                InsuranceRequirement r = policy.extras().insuranceRequired();
                throw new InsuranceException(InsuranceProblem.CONDITION_IN_DOCUMENT, policy.document(),
                        r == null ? "" : r.source());
            }
            String doc = cited(document, InsuranceProblem.CONDITION_DOCUMENT_MISSING, DOCUMENT_MAX);
            String cl = cited(clause, InsuranceProblem.CONDITION_CLAUSE_MISSING, CLAUSE_MAX);
            String words = cited(quoted, InsuranceProblem.CONDITION_QUOTE_MISSING, QUOTED_MAX);
            Optional<CountyCondition> before = CountyConditionRows.current(c, policyId);
            if (before.map(CountyCondition::id).orElse(0L) != seenCurrent) {
                throw new InsuranceException(InsuranceProblem.CONDITION_CHANGED);
            }
            CountyCondition draft = new CountyCondition(0, policyId, required, doc, cl, words,
                    before.map(CountyCondition::id).orElse(null), user, OffsetDateTime.now(clock));
            long id = CountyConditionRows.insert(c, draft);
            CountyCondition saved = CountyConditionRows.current(c, policyId).orElseThrow();
            audit.write(c, user, AuditWriter.INSERT, CountyConditionRows.TABLE, id, before.orElse(null), saved);
            return saved;
        });
    }

    private static String cited(String text, InsuranceProblem missing, int max) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new InsuranceException(missing);
        }
        if (t.length() > max) {
            throw new InsuranceException(InsuranceProblem.CONDITION_TEXT_TOO_LONG, Integer.toString(max));
        }
        return t;
    }
}
