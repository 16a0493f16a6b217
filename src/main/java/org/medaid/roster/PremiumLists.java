package org.medaid.roster;

import java.util.function.Supplier;
import org.medaid.policy.PolicyRegistry;
import org.medaid.store.Database;

/**
 * The premium list over the desk's current policies: a new {@link PremiumList} whenever the policy source
 * hands out another registry (the county figures layer changed, ADR 0036), the same one otherwise, so a
 * contribution set on 设置 › 县级参数 reaches the next list without a restart.
 */
public final class PremiumLists implements Supplier<PremiumList> {

    private final Database db;
    private final Supplier<PolicyRegistry> policies;
    private PolicyRegistry seen;
    private PremiumList list;

    public PremiumLists(Database db, Supplier<PolicyRegistry> policies) {
        this.db = db;
        this.policies = policies;
    }

    @Override
    public synchronized PremiumList get() {
        PolicyRegistry now = policies.get();
        if (list == null || now != seen) {
            list = new PremiumList(db, now);
            seen = now;
        }
        return list;
    }
}
