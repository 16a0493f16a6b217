package org.medaid.bills;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.model.Category;
import org.medaid.store.StaleRecordException;

class BillStoreTest {

    @TempDir
    Path dir;
    TestDesk desk;
    long personId;

    @BeforeEach
    void open() {
        desk = new TestDesk(dir);
        personId = desk.person("王五", TestDesk.LINYI, "朱保村", Category.MINIMUM_LIVING).id();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private BillDraft march() {
        return TestDesk.stay(personId, LocalDate.of(2024, 3, 10), "12000.00", "1000.00", "6000.00", "0.00");
    }

    @Test
    void addStoresEveryFieldWithEntryOrderAndWhoEnteredIt() {
        StoredBill a = desk.bills.add(march(), desk.as("clerk1"));
        StoredBill b = desk.bills.add(march(), desk.as("clerk1"));
        assertEquals(1, a.version());
        assertTrue(b.seq() > a.seq(), "entry order follows the order of entry");
        StoredBill read = desk.bills.byId(a.id()).orElseThrow();
        assertEquals(a, read);
        assertEquals("clerk1", read.enteredBy());
        assertEquals(new BigDecimal("12000.00"), read.bill().total());
        assertEquals(new BigDecimal("0.00"), read.bill().classBSelfPay(), "an absent part is stored as 0.00");
        assertEquals("肺炎", read.bill().diagnosis());
    }

    @Test
    void addIsAudited() {
        StoredBill a = desk.bills.add(march(), desk.as("clerk1"));
        List<BillRevision> history = desk.bills.history(a.id());
        assertEquals(1, history.size());
        assertEquals("INSERT", history.get(0).action());
        assertNull(history.get(0).before());
        assertEquals(a, history.get(0).after());
    }

    @Test
    void correctionKeepsIdAndEntryOrderAndTheAuditKeepsTheOldBill() {
        StoredBill a = desk.bills.add(march(), desk.as("clerk1"));
        StoredBill fixed = desk.bills.correct(a.id(), a.version(), Drafts.withTotal(march(), "13000.00"), desk.as("clerk2"));
        assertEquals(a.id(), fixed.id());
        assertEquals(a.seq(), fixed.seq());
        assertEquals(2, fixed.version());
        assertEquals("clerk2", fixed.correctedBy());
        assertEquals("clerk1", fixed.enteredBy());
        List<BillRevision> history = desk.bills.history(a.id());
        assertEquals(List.of("INSERT", "UPDATE"), history.stream().map(BillRevision::action).toList());
        assertEquals(new BigDecimal("12000.00"), history.get(1).before().bill().total());
        assertEquals(new BigDecimal("13000.00"), history.get(1).after().bill().total());
        assertEquals("clerk2", history.get(1).user());
    }

    @Test
    void correctionOfAStaleVersionIsRefused() {
        StoredBill a = desk.bills.add(march(), desk.as("clerk1"));
        desk.bills.correct(a.id(), a.version(), Drafts.withTotal(march(), "13000.00"), desk.as("clerk2"));
        assertThrows(StaleRecordException.class,
                () -> desk.bills.correct(a.id(), a.version(), Drafts.withTotal(march(), "14000.00"), desk.as("clerk1")));
        assertEquals(new BigDecimal("13000.00"), desk.bills.byId(a.id()).orElseThrow().bill().total());
    }

    @Test
    void voidOfAStaleVersionIsRefused() {
        StoredBill a = desk.bills.add(march(), desk.as("clerk1"));
        desk.bills.correct(a.id(), a.version(), Drafts.withTotal(march(), "13000.00"), desk.as("clerk2"));
        assertThrows(StaleRecordException.class, () -> desk.bills.voidBill(a.id(), a.version(), "重复录入", desk.as("clerk1")));
        assertFalse(desk.bills.byId(a.id()).orElseThrow().voided());
    }

    @Test
    void voidedBillStaysListedWithItsReason() {
        StoredBill a = desk.bills.add(march(), desk.as("clerk1"));
        desk.bills.add(TestDesk.stay(personId, LocalDate.of(2024, 5, 2), "3000.00", "0.00", "2000.00", "0.00"), desk.as("clerk1"));
        StoredBill v = desk.bills.voidBill(a.id(), a.version(), "重复录入", desk.as("clerk2"));
        List<StoredBill> year = desk.bills.forPersonAndYear(personId, 2024);
        assertEquals(2, year.size());
        assertTrue(year.get(0).voided());
        assertEquals("重复录入", year.get(0).voidReason());
        assertEquals("clerk2", year.get(0).voidedBy());
        assertEquals(v, year.get(0));
        assertEquals(List.of("INSERT", "VOID"), desk.bills.history(a.id()).stream().map(BillRevision::action).toList());
    }

    @Test
    void voidNeedsAReason() {
        StoredBill a = desk.bills.add(march(), desk.as("clerk1"));
        BillRejectedException e = assertThrows(BillRejectedException.class,
                () -> desk.bills.voidBill(a.id(), a.version(), "  ", desk.as("clerk1")));
        assertEquals(BillProblem.Code.VOID_REASON_MISSING, e.problems().get(0).code());
    }

    @Test
    void voidedBillCannotBeCorrected() {
        StoredBill a = desk.bills.add(march(), desk.as("clerk1"));
        StoredBill v = desk.bills.voidBill(a.id(), a.version(), "重复录入", desk.as("clerk1"));
        BillRejectedException e = assertThrows(BillRejectedException.class,
                () -> desk.bills.correct(a.id(), v.version(), march(), desk.as("clerk1")));
        assertEquals(BillProblem.Code.BILL_VOIDED, e.problems().get(0).code());
    }

    @Test
    void correctionCannotMoveTheBillToAnotherPerson() {
        long other = desk.person("赵六", TestDesk.LINYI, "朱保村").id();
        StoredBill a = desk.bills.add(march(), desk.as("clerk1"));
        BillRejectedException e = assertThrows(BillRejectedException.class,
                () -> desk.bills.correct(a.id(), a.version(), Drafts.forPerson(march(), other), desk.as("clerk1")));
        assertEquals(BillProblem.Code.PERSON_CHANGED, e.problems().get(0).code());
    }

    @Test
    void forPersonAndYearListsTheYearInLedgerOrder() {
        StoredBill may = desk.bills.add(TestDesk.stay(personId, LocalDate.of(2024, 5, 2), "3000.00", "0.00", "2000.00", "0.00"), desk.as("c"));
        StoredBill march = desk.bills.add(march(), desk.as("c"));
        desk.bills.add(TestDesk.stay(personId, LocalDate.of(2023, 5, 2), "3000.00", "0.00", "2000.00", "0.00"), desk.as("c"));
        assertEquals(List.of(march.id(), may.id()),
                desk.bills.forPersonAndYear(personId, 2024).stream().map(StoredBill::id).toList());
    }

    @Test
    void refusedBillLeavesNothingWritten() {
        assertThrows(BillRejectedException.class,
                () -> desk.bills.add(Drafts.withParts(march(), "9000.00", "3000.00", "1000.00"), desk.as("clerk1")));
        assertEquals(0, count("SELECT COUNT(*) FROM bill"));
        assertEquals(0, count("SELECT COUNT(*) FROM audit WHERE table_name = 'bill'"));
    }

    private int count(String sql) {
        return desk.db.read(c -> {
            try (ResultSet rs = c.createStatement().executeQuery(sql)) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }
}
