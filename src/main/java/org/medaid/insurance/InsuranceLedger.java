package org.medaid.insurance;

import org.medaid.store.Tx;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.medaid.policy.Param;
import org.medaid.policy.Policy;
import org.medaid.policy.PolicyRegistry;
import org.medaid.session.Action;
import org.medaid.session.Session;
import org.medaid.store.Actors;
import org.medaid.store.AuditWriter;
import org.medaid.store.Database;
import org.medaid.store.StaleRecordException;

/**
 * The 参保台账 (邵医保发〔2021〕32号 三(四), 潮医保〔2021〕48号 二.4, 邵医保发〔2019〕13号 一(一)1):
 * one row per person and insurance year, recorded and corrected in one transaction each with an audit row;
 * the 未参保 list with days left to 31 December (广西通知 一); the insured rate by village against the policy's
 * target; the check of a bill's date that assistance needs (ADR 0050).
 */
public final class InsuranceLedger {

    private final Database db;
    private final Clock clock;
    private final Supplier<PolicyRegistry> policies;
    private final AuditWriter audit;

    public InsuranceLedger(Database db, Clock clock, Supplier<PolicyRegistry> policies) {
        this.db = db;
        this.clock = clock;
        this.policies = policies;
        this.audit = new AuditWriter(clock);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Records a person's insurance year: a new row ({@code expectedVersion} 0), or the correction of the row
     * the clerk saw ({@code expectedVersion} its version; {@code correctionReason} required), audited either way.
     */
    public CoverageRecord record(CoverageDraft draft, long expectedVersion, String correctionReason, Session session) {
        return record(draft, expectedVersion, correctionReason, EntrySource.HAND, session);
    }

    CoverageRecord record(CoverageDraft draft, long expectedVersion, String correctionReason, EntrySource source,
            Session session) {
        return db.inTransaction(c -> {
            String user = Actors.author(c, session, Action.ENROL);
            return write(c, draft, expectedVersion, correctionReason, source, user);
        });
    }

    /** Writes inside a caller's transaction (a list import); the draft is checked here. */
    public CoverageRecord write(Tx c, CoverageDraft draft, long expectedVersion, String correctionReason,
            EntrySource source, String user) throws SQLException {
        CoverageDraft d = draft.checked(today());
        requirePerson(c, d.personId());
        Optional<CoverageRecord> before = InsuranceRows.forYear(c, d.personId(), d.year());
        if (before.isEmpty()) {
            if (expectedVersion != 0) {
                throw new StaleRecordException(InsuranceRows.TABLE, expectedVersion);
            }
            long id = InsuranceRows.insert(c, d, source, user, clock.instant());
            CoverageRecord saved = InsuranceRows.forYear(c, d.personId(), d.year()).orElseThrow();
            audit.write(c, user, AuditWriter.INSERT, InsuranceRows.TABLE, id, null, saved);
            return saved;
        }
        CoverageRecord old = before.get();
        if (expectedVersion != old.version()) {
            throw new StaleRecordException(InsuranceRows.TABLE, old.id());
        }
        if (correctionReason == null || correctionReason.isBlank()) {
            throw new InsuranceException(InsuranceProblem.CORRECTION_REASON_MISSING);
        }
        if (!InsuranceRows.update(c, old.id(), old.version(), d, source, user, clock.instant())) {
            throw new StaleRecordException(InsuranceRows.TABLE, old.id());
        }
        CoverageRecord saved = InsuranceRows.forYear(c, d.personId(), d.year()).orElseThrow();
        audit.write(c, user, AuditWriter.UPDATE, InsuranceRows.TABLE, old.id(), old,
                new Correction(saved, correctionReason.strip()));
        return saved;
    }

    /** The audit row's new value of a correction: the row as corrected and why. */
    record Correction(CoverageRecord corrected, String correctionReason) {
    }

    public List<CoverageRecord> forPerson(long personId) {
        return db.read(c -> InsuranceRows.forPerson(c, personId));
    }

    /** Whether the person is insured on {@code date} (a bill's date) as far as the ledger knows. */
    /**
     * What a 未参保 flag or refusal under {@code policy} cites: its {@code coverage.required} clause, or, where that is
     * unconfirmed, the county's decision in force (ADR 0092, 0098).
     */
    public InsuranceCondition condition(Optional<Policy> policy) {
        return db.read(c -> InsuranceCondition.of(c, policy));
    }

    public CoverageCheck check(long personId, LocalDate date) {
        return db.read(c -> check(c, personId, date));
    }

    /** The same inside a caller's transaction (the workflow's 申请). */
    public static CoverageCheck check(Tx c, long personId, LocalDate date) throws SQLException {
        return CoverageCheck.of(InsuranceRows.forYear(c, personId, date.getYear()).orElse(null), date);
    }

    /**
     * The protected people not shown insured for {@code year}: recorded 未参保 first (by village), then those with no
     * row; days left to 31 December of the current year (广西通知 一 「每年12月底前实现100%参加当年和下一年度」).
     */
    public List<UninsuredRow> uninsured(int year) {
        return rows(year, true);
    }

    /** Every protected person of {@code year} with their row (the ledger screen's "all" view), by village. */
    public List<UninsuredRow> protectedPeople(int year) {
        return rows(year, false);
    }

    private List<UninsuredRow> rows(int year, boolean onlyUninsured) {
        LocalDate today = today();
        // 广西通知 一: by 31 December, this year's and next year's insurance; for a past year the day has gone (-1)
        long daysLeft = year < today.getYear() ? -1 : ChronoUnit.DAYS.between(today, LocalDate.of(today.getYear(), 12, 31));
        return db.read(c -> {
            List<UninsuredRow> recorded = new ArrayList<>();
            List<UninsuredRow> missing = new ArrayList<>();
            for (ProtectedPeople.Person p : ProtectedPeople.of(c, year, today)) {
                if (onlyUninsured && p.entry() != null && p.entry().status().insured()) {
                    continue;
                }
                UninsuredRow row = new UninsuredRow(p.id(), p.name(), p.idNumber(), p.region(), p.village(), p.categories(),
                        year, p.entry(), daysLeft);
                (p.entry() == null && onlyUninsured ? missing : recorded).add(row);
            }
            recorded.addAll(missing);
            return recorded;
        });
    }

    /** The insured rate of the protected population by village for {@code year}, with each region's target. */
    public List<VillageCoverage> coverage(int year) {
        LocalDate today = today();
        LocalDate asOf = today.getYear() > year ? LocalDate.of(year, 12, 31) : today;
        return db.read(c -> {
            Map<List<String>, int[]> counts = new LinkedHashMap<>();
            for (ProtectedPeople.Person p : ProtectedPeople.of(c, year, today)) {
                int[] n = counts.computeIfAbsent(List.of(p.region(), p.village()), k -> new int[4]);
                n[0]++;
                if (p.entry() == null) {
                    n[3]++;
                } else if (p.entry().status().insured()) {
                    n[1]++;
                } else {
                    n[2]++;
                }
            }
            List<VillageCoverage> out = new ArrayList<>();
            PolicyRegistry registry = policies.get();
            counts.forEach((key, n) -> {
                Optional<Policy> policy = registry.find(key.get(0), asOf);
                Param target = policy.map(p -> p.extras().coverageTarget()).orElse(null);
                out.add(new VillageCoverage(key.get(0), key.get(1), year, n[0], n[1], n[2], n[3], target,
                        policy.map(Policy::document).orElse(null)));
            });
            return out;
        });
    }

    private static void requirePerson(Tx c, long personId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT voided FROM person WHERE id = ?")) {
            ps.setLong(1, personId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || rs.getBoolean(1)) {
                    throw new InsuranceException(InsuranceProblem.PERSON_UNKNOWN, Long.toString(personId));
                }
            }
        }
    }
}
