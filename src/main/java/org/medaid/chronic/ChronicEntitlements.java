package org.medaid.chronic;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.medaid.model.BillKind;
import org.medaid.policy.PolicyRegistry;
import org.medaid.policy.SpecialOutpatientRule;
import org.medaid.session.Action;
import org.medaid.session.Session;
import org.medaid.store.Actors;
import org.medaid.store.AuditWriter;
import org.medaid.store.Database;
import org.medaid.store.PersonRecord;
import org.medaid.store.PersonStore;
import org.medaid.store.StaleRecordException;

/**
 * 门诊慢特病 entitlements per person (ADR 0068): a certificate recorded (disease, number, dates, who certified), or an
 * application the desk helps with (帮办/代办, 鲁医保发〔2021〕56号 二(三)) and its outcome; each step one transaction
 * with an audit row; a wrong entry is voided with its reason, never deleted. A special-outpatient bill is checked
 * against them where the policy makes the disease an entitlement ({@code specialOutpatient} in the policy file).
 */
public final class ChronicEntitlements {

    public static final int TEXT_MAX = 200;
    public static final int DISEASE_MAX = 60;
    public static final int NUMBER_MAX = 40;

    private final Database db;
    private final PersonStore people;
    private final Supplier<PolicyRegistry> policies;
    private final Clock clock;
    private final AuditWriter audit;

    public ChronicEntitlements(Database db, PersonStore people, Supplier<PolicyRegistry> policies, Clock clock) {
        this.db = db;
        this.people = people;
        this.policies = policies;
        this.clock = clock;
        this.audit = new AuditWriter(clock);
    }

    /** The rule of the person's policy on {@code date}; empty where the policy makes no entitlement of the disease. */
    public Optional<SpecialOutpatientRule> rule(long personId, LocalDate date) {
        return policy(personId, date).map(x -> x.extras().specialOutpatient());
    }

    /** The policy in force for the person's region on {@code date}, or empty (what a 未参保 flag cites, ADR 0092). */
    public Optional<org.medaid.policy.Policy> policy(long personId, LocalDate date) {
        PersonRecord p = people.byId(personId).orElseThrow(() -> new ChronicException(ChronicProblem.UNKNOWN,
                Long.toString(personId)));
        return policies.get().find(p.region(), date);
    }

    public List<Entitlement> forPerson(long personId) {
        return db.read(c -> EntitlementRows.forPerson(c, personId));
    }

    /** The certification applications the desk helped with (帮办/代办), newest first, with their outcome. */
    public List<Entitlement> helped() {
        return db.read(EntitlementRows::helped);
    }

    /** Records a certificate the person holds (认定结果): disease, number, from (and to), who certified. */
    public Entitlement certificate(long personId, String disease, String number, LocalDate from, LocalDate to,
            String certifiedBy, Session session) {
        String d = disease(personId, disease, from);
        Certificate cert = certificate(number, from, to, certifiedBy);
        Entitlement e = new Entitlement(0, 0, personId, d, Entitlement.Help.NONE, null, Entitlement.State.CERTIFIED,
                cert.number, from, to, cert.by, from, null, null, null);
        return insert(e, session);
    }

    /** Records an application for certification the desk helps with (帮办) or makes for the person (代办). */
    public Entitlement application(long personId, String disease, Entitlement.Help help, LocalDate appliedOn, Session session) {
        if (help == null || help == Entitlement.Help.NONE) {
            throw new ChronicException(ChronicProblem.WRONG_STATE, "help");
        }
        if (appliedOn == null) {
            throw new ChronicException(ChronicProblem.APPLIED_ON_MISSING);
        }
        notFuture(appliedOn);
        String d = disease(personId, disease, appliedOn);
        return insert(new Entitlement(0, 0, personId, d, help, appliedOn, Entitlement.State.APPLIED, null, null, null, null,
                null, null, null, null), session);
    }

    /** The application was certified: the certificate's number, dates and who certified. */
    public Entitlement certify(long id, long version, String number, LocalDate from, LocalDate to, String certifiedBy,
            Session session) {
        Certificate cert = certificate(number, from, to, certifiedBy);
        return change(id, version, session, e -> {
            if (e.state() != Entitlement.State.APPLIED) {
                throw new ChronicException(ChronicProblem.WRONG_STATE, e.state().name());
            }
            return new Entitlement(e.id(), e.version(), e.personId(), e.disease(), e.help(), e.appliedOn(),
                    Entitlement.State.CERTIFIED, cert.number, from, to, cert.by, from, null, null, null);
        });
    }

    /** The application was refused on {@code decidedOn} for {@code reason}. */
    public Entitlement refuse(long id, long version, LocalDate decidedOn, String reason, Session session) {
        String why = required(reason, ChronicProblem.REASON_MISSING, TEXT_MAX);
        if (decidedOn == null) {
            throw new ChronicException(ChronicProblem.DATE_MISSING);
        }
        notFuture(decidedOn);
        return change(id, version, session, e -> {
            if (e.state() != Entitlement.State.APPLIED) {
                throw new ChronicException(ChronicProblem.WRONG_STATE, e.state().name());
            }
            return new Entitlement(e.id(), e.version(), e.personId(), e.disease(), e.help(), e.appliedOn(),
                    Entitlement.State.REFUSED, null, null, null, null, decidedOn, why, null, null);
        });
    }

    /** Voids an entry written by mistake, with the reason; it no longer covers any bill. */
    public Entitlement voidEntry(long id, long version, String reason, Session session) {
        String why = required(reason, ChronicProblem.REASON_MISSING, TEXT_MAX);
        return change(id, version, session, e -> {
            if (e.state() == Entitlement.State.VOIDED) {
                throw new ChronicException(ChronicProblem.WRONG_STATE, e.state().name());
            }
            return new Entitlement(e.id(), e.version(), e.personId(), e.disease(), e.help(), e.appliedOn(),
                    Entitlement.State.VOIDED, e.certificateNo(), e.validFrom(), e.validTo(), e.certifiedBy(), e.decidedOn(),
                    why, null, null);
        });
    }

    /**
     * What the entitlements say of a bill: a special-outpatient bill of a person whose policy makes the disease an
     * entitlement is covered only by a certified entitlement on the bill's date (and of the bill's disease, where it
     * names one).
     */
    public EntitlementCheck check(long personId, BillKind kind, String disease, LocalDate date) {
        if (kind != BillKind.OUTPATIENT_SPECIAL || date == null) {
            return new EntitlementCheck(EntitlementCheck.State.NOT_NEEDED, date, disease, null);
        }
        Optional<SpecialOutpatientRule> rule = rule(personId, date);
        if (rule.isEmpty() || rule.get() == null) {
            return new EntitlementCheck(EntitlementCheck.State.NOT_NEEDED, date, disease, null);
        }
        String source = rule.get().source();
        List<Entitlement> live = forPerson(personId).stream().filter(e -> e.covers(date)).toList();
        if (live.isEmpty()) {
            return new EntitlementCheck(EntitlementCheck.State.NONE, date, disease, source);
        }
        String named = disease == null ? "" : disease.strip();
        if (!named.isEmpty() && live.stream().noneMatch(e -> e.disease().equals(named))) {
            return new EntitlementCheck(EntitlementCheck.State.OTHER_DISEASE, date, named, source);
        }
        return new EntitlementCheck(EntitlementCheck.State.COVERED, date, named.isEmpty() ? live.get(0).disease() : named, source);
    }

    private interface Change {
        Entitlement apply(Entitlement before);
    }

    private Entitlement insert(Entitlement e, Session session) {
        return db.inTransaction(c -> {
            String user = Actors.author(c, session, Action.ENROL);
            long id = EntitlementRows.insert(c, e, user, clock.instant());
            Entitlement saved = EntitlementRows.byId(c, id).orElseThrow();
            audit.write(c, user, AuditWriter.INSERT, EntitlementRows.TABLE, id, null, saved);
            return saved;
        });
    }

    private Entitlement change(long id, long version, Session session, Change change) {
        return db.inTransaction(c -> {
            String user = Actors.author(c, session, Action.ENROL);
            Entitlement before = EntitlementRows.byId(c, id)
                    .orElseThrow(() -> new ChronicException(ChronicProblem.UNKNOWN, Long.toString(id)));
            if (before.version() != version) {
                throw new StaleRecordException(EntitlementRows.TABLE, id);
            }
            Entitlement next = change.apply(before);
            if (!EntitlementRows.update(c, next, version, user, clock.instant())) {
                throw new StaleRecordException(EntitlementRows.TABLE, id);
            }
            Entitlement saved = EntitlementRows.byId(c, id).orElseThrow();
            audit.write(c, user, next.state() == Entitlement.State.VOIDED ? AuditWriter.VOID : AuditWriter.UPDATE,
                    EntitlementRows.TABLE, id, before, saved);
            return saved;
        });
    }

    /** The disease as written; where the policy lists its diseases, one of them. */
    private String disease(long personId, String disease, LocalDate on) {
        String d = required(disease, ChronicProblem.DISEASE_MISSING, DISEASE_MAX);
        Optional<SpecialOutpatientRule> rule = rule(personId, on);
        if (rule.isPresent() && rule.get() != null && !rule.get().diseases().isEmpty() && !rule.get().diseases().contains(d)) {
            throw new ChronicException(ChronicProblem.DISEASE_NOT_LISTED, d, String.join("、", rule.get().diseases()));
        }
        return d;
    }

    private record Certificate(String number, String by) {
    }

    private Certificate certificate(String number, LocalDate from, LocalDate to, String certifiedBy) {
        String n = required(number, ChronicProblem.CERTIFICATE_MISSING, NUMBER_MAX);
        if (from == null) {
            throw new ChronicException(ChronicProblem.VALID_FROM_MISSING);
        }
        notFuture(from);
        if (to != null && to.isBefore(from)) {
            throw new ChronicException(ChronicProblem.DATES_REVERSED, from.toString(), to.toString());
        }
        String by = required(certifiedBy, ChronicProblem.CERTIFIED_BY_MISSING, DISEASE_MAX);
        return new Certificate(n, by);
    }

    private void notFuture(LocalDate d) {
        LocalDate today = LocalDate.now(clock);
        if (d.isAfter(today)) {
            throw new ChronicException(ChronicProblem.DATE_IN_FUTURE, d.toString(), today.toString());
        }
    }

    private static String required(String s, ChronicProblem missing, int max) {
        if (s == null || s.isBlank()) {
            throw new ChronicException(missing);
        }
        String t = s.strip();
        if (t.length() > max) {
            throw new ChronicException(ChronicProblem.TEXT_TOO_LONG, Integer.toString(max));
        }
        return t;
    }
}
