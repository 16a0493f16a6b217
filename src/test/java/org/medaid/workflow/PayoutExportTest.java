package org.medaid.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.bills.StoredBill;
import org.medaid.export.ExportText;
import org.medaid.export.ListExports;
import org.medaid.export.XlsxExport;
import org.medaid.export.XlsxExportTestAccess;
import org.medaid.store.PersonRecord;

/**
 * The bank's name recorded with the account (V30), fixed at approval, printed on the payout list, and the
 * lists exported to XLSX and read back (§5).
 */
class PayoutExportTest {

    /** These cases are about other rules: their amounts are the approver\'s, with a reason (ADR 0056). */
    static final String OVERRIDE = "县级复核认定金额";

    @TempDir
    Path dir;
    WorkflowDesk w;

    @BeforeEach
    void open() {
        w = new WorkflowDesk(dir.resolve("db"));
    }

    @AfterEach
    void close() {
        w.close();
    }

    private PersonRecord withBank(PersonRecord p, String bank) {
        return w.desk.people.update(p.withBankName(bank), w.clerk);
    }

    private AssistanceApplication approved(PersonRecord p, LocalDate appliedOn, String amount) {
        StoredBill b = w.bill(p, appliedOn.minusDays(5), w.clerk);
        AssistanceApplication a = w.apply(p, b, appliedOn, "3000.00", w.clerk);
        a = w.workflow.review(a.id(), a.version(), appliedOn.plusDays(2), "刘干部、陈干部", null, w.reviewer);
        a = w.workflow.publicise(a.id(), a.version(), appliedOn.plusDays(3), null, w.reviewer);
        return w.workflow.approve(a.id(), a.version(), new BigDecimal(amount), OVERRIDE, appliedOn.plusDays(14), null, w.approver);
    }

    @Test
    void theBankNameIsStoredWithTheAccountAndFixedAtApproval() {
        PersonRecord p = withBank(w.marginal("张三", "石门村"), "  邵东农村商业银行石门支行 ");
        assertEquals("邵东农村商业银行石门支行", w.desk.people.byId(p.id()).orElseThrow().bankName(), "stored, stripped");
        AssistanceApplication a = approved(p, LocalDate.of(2024, 11, 4), "2000.00");
        PayoutRow row = w.queries.payoutList().rows().get(0);
        assertEquals("邵东农村商业银行石门支行", row.bankName());
        assertEquals("2024-" + String.format("%04d", a.id()), row.caseNumber());
    }

    @Test
    void changingTheBankAfterApprovalSendsTheCaseBackLikeTheAccount() {
        PersonRecord p = withBank(w.marginal("张三", "石门村"), "邮储银行");
        AssistanceApplication a = approved(p, LocalDate.of(2024, 11, 4), "2000.00");
        withBank(w.desk.people.byId(p.id()).orElseThrow(), "农业银行");
        assertEquals(Stage.APPLIED, w.workflow.byId(a.id()).orElseThrow().stage(), "the payee is account and bank (ADR 0034)");
        assertTrue(w.queries.payoutList().rows().isEmpty());
    }

    @Test
    void thePayoutListExportsInTheBanksLayoutWithTypedCells() throws IOException {
        PersonRecord zhang = withBank(w.marginal("张三", "石门村"), "邵东农村商业银行");
        PersonRecord li = w.marginal("李四", "东山村");
        AssistanceApplication a = approved(zhang, LocalDate.of(2024, 10, 8), "2000.00");
        AssistanceApplication b = approved(li, LocalDate.of(2024, 11, 4), "1500.50");
        ListExports exports = new ListExports(new ExportText(Locale.SIMPLIFIED_CHINESE));
        Path file = dir.resolve("bank.xlsx");
        XlsxExport.write(exports.payoutForBank(w.queries.payoutList(), "某某镇民政办", LocalDate.of(2024, 12, 20)), file);

        List<Row> rows = XlsxExportTestAccess.read(file);
        assertEquals("医疗救助资金代发明细（银行格式）", rows.get(0).getCell(0).asString());
        int header = 5;
        assertEquals(List.of("姓名", "身份证号", "银行账号", "开户银行", "金额（元）", "案件编号"),
                rows.get(header).stream().map(c -> c.getText()).toList(), "the bank's columns in its order");
        Row first = rows.get(header + 1);
        assertEquals("李四", first.getCell(0).asString(), "by village: 东山村 first");
        assertEquals(li.idNumber(), first.getCell(1).asString());
        assertEquals(CellType.STRING, first.getCell(1).getType());
        assertEquals(CellType.STRING, first.getCell(2).getType(), "an account is text");
        assertEquals("未登记", first.getCell(3).asString(), "no bank recorded");
        assertEquals(CellType.NUMBER, first.getCell(4).getType());
        assertEquals(0, new BigDecimal("1500.50").compareTo(first.getCell(4).asNumber()));
        assertEquals(String.format("2024-%04d", b.id()), first.getCell(5).asString());
        Row second = rows.get(header + 2);
        assertEquals("邵东农村商业银行", second.getCell(3).asString());
        assertEquals(String.format("2024-%04d", a.id()), second.getCell(5).asString());
        Row total = rows.get(header + 3);
        assertEquals("合计", total.getCell(0).asString());
        assertEquals(0, new BigDecimal("3500.50").compareTo(total.getCell(4).asNumber()));
    }

    @Test
    void theNoticeAndWaitingListsExportWithMaskedNumbersAndDates() throws IOException {
        PersonRecord zhang = w.marginal("张三", "石门村");
        approved(zhang, LocalDate.of(2024, 10, 8), "2000.00");
        ListExports exports = new ListExports(new ExportText(Locale.SIMPLIFIED_CHINESE));
        Path notice = dir.resolve("notice.xlsx");
        XlsxExport.write(exports.notice(w.queries.noticeList(2024, 4), null, LocalDate.of(2024, 12, 20)), notice);
        List<Row> rows = XlsxExportTestAccess.read(notice);
        Row r = rows.get(5);
        String id = zhang.idNumber();
        assertEquals(id.substring(0, 4) + "**********" + id.substring(14), r.getCell(2).asString(), "never the full number");
        assertEquals(LocalDate.of(2024, 10, 22), r.getCell(5).asDate().toLocalDate());

        Path waiting = dir.resolve("waiting.xlsx");
        XlsxExport.write(exports.waiting(w.queries.waiting(), null, LocalDate.of(2024, 12, 20)), waiting);
        List<Row> wr = XlsxExportTestAccess.read(waiting);
        Row approvedRow = wr.get(5);
        assertEquals(Stage.APPROVED.label(Locale.SIMPLIFIED_CHINESE), approvedRow.getCell(0).asString());
        assertEquals(LocalDate.of(2024, 10, 8), approvedRow.getCell(5).asDate().toLocalDate());
    }
}
