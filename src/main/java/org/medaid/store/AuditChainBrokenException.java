package org.medaid.store;

/**
 * The store check at open found the audit hash chain broken (ADR 0030, 0035): the check's result names the
 * first broken row, for the sentence the administrator is shown.
 */
public final class AuditChainBrokenException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final transient AuditCheck check;

    AuditChainBrokenException(AuditCheck check) {
        super("the audit chain is broken: " + check.sentence(java.util.Locale.ROOT));
        this.check = check;
    }

    public AuditCheck check() {
        return check;
    }

    /** The check's verifier: walks the chain where the store has one (V41 on), throws when it is broken. */
    public static StoreCheck.Verifier verifier() {
        return new StoreCheck.Verifier() {
            @Override
            public String name() {
                return "audit chain";
            }

            @Override
            public void verify(org.medaid.store.Tx c) throws java.sql.SQLException {
                try (var rs = c.connection().getMetaData().getTables(null, "PUBLIC", "AUDIT_HEAD", null)) {
                    if (!rs.next()) {
                        return; // a store from before the chain: nothing to verify
                    }
                }
                AuditCheck check = AuditChain.verify(c);
                if (!check.intact()) {
                    throw new AuditChainBrokenException(check);
                }
            }
        };
    }
}
