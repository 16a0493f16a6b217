package org.medaid.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.bills.StoredBill;
import org.medaid.insurance.CoverageDraft;
import org.medaid.insurance.InsuranceLedger;
import org.medaid.insurance.InsuranceStatus;
import org.medaid.insurance.UninsuredReason;
import org.medaid.policy.PolicyRegistry;
import org.medaid.store.PersonRecord;

/** Assistance needs basic insurance on the bill's date (ADR 0050; the clause cited is the region's own, ADR 0092). */
class InsuredApplicationTest {

    @TempDir
    Path dir;
    WorkflowDesk w;
    InsuranceLedger insurance;
    PersonRecord person;
    StoredBill bill;

    @BeforeEach
    void open() {
        w = new WorkflowDesk(dir);
        insurance = new InsuranceLedger(w.desk.db, w.desk.clock, PolicyRegistry::bundled);
        person = w.marginal("陈八", "石门村");
        bill = w.bill(person, LocalDate.of(2024, 11, 20), w.clerk);
    }

    @AfterEach
    void close() {
        w.close();
    }

    @Test
    void aBillDatedWhenTheLedgerSaysUninsuredIsRefusedUntilTheLedgerIsCorrected() {
        var entry = insurance.record(new CoverageDraft(person.id(), 2024, InsuranceStatus.UNINSURED, null,
                UninsuredReason.OTHER, "外出务工"), 0, null, w.clerk);
        WorkflowException e = assertThrows(WorkflowException.class,
                () -> w.apply(person, bill, LocalDate.of(2024, 11, 25), "5000.00", w.clerk));
        assertEquals(WorkflowProblem.NOT_INSURED, e.problem());
        assertTrue(w.queries.waitingAt(Stage.APPLIED).isEmpty(), "nothing was written");

        insurance.record(new CoverageDraft(person.id(), 2024, InsuranceStatus.RESIDENT, LocalDate.of(2024, 2, 1), null, null),
                entry.version(), "已补缴，税务回执", w.clerk);
        AssistanceApplication a = w.apply(person, bill, LocalDate.of(2024, 11, 25), "5000.00", w.clerk);
        assertEquals(Stage.APPLIED, a.stage());
    }
}
