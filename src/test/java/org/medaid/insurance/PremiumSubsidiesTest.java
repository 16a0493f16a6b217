package org.medaid.insurance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.bills.TestDesk;
import org.medaid.model.Category;
import org.medaid.policy.PolicyRegistry;
import org.medaid.policy.WorkingCalendar;
import org.medaid.roster.PremiumList;
import org.medaid.session.DutyException;
import org.medaid.session.Role;
import org.medaid.session.Session;
import org.medaid.session.TestSessions;
import org.medaid.store.PersonRecord;
import org.medaid.store.StaleRecordException;

/**
 * The premium-subsidy loop on a real H2 file, Linyi 2024 (contribution 400, 临医保发〔2022〕13号 二), today
 * 2024-12-20 (a Friday; TestDesk).
 */
class PremiumSubsidiesTest {

    @TempDir
    Path dir;
    TestDesk desk;
    PremiumSubsidies loop;
    Session clerk;
    PersonRecord poor;
    PersonRecord low;

    @BeforeEach
    void open() {
        desk = new TestDesk(dir);
        loop = subsidies(desk.clock);
        clerk = desk.as("clerk");
        poor = desk.person("张三", TestDesk.LINYI, "东村", Category.EXTREME_POOR);
        low = desk.person("李四", TestDesk.LINYI, "西村", Category.MINIMUM_LIVING);
        desk.person("王五", TestDesk.LINYI, "西村", Category.LIFTED);
    }

    private PremiumSubsidies subsidies(Clock clock) {
        return new PremiumSubsidies(desk.db, clock, () -> new PremiumList(desk.db, PolicyRegistry.bundled()),
                WorkingCalendar.bundled());
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private SubsidyRecord row(PremiumSubsidies s, PersonRecord p) {
        return s.rows(2024).stream().filter(r -> r.personId() == p.id()).findFirst().orElseThrow();
    }

    @Test
    void a_row_goes_through_the_loop_with_a_tax_return_file_and_the_ledger_is_marked() {
        assertEquals(2, loop.prepare(2024, clerk), "特困 and 低保 are subsidised, 脱贫 not (临医保发〔2022〕13号 二)");
        assertEquals(0, loop.prepare(2024, clerk), "a second list adds nobody");
        SubsidyRecord a = row(loop, poor);
        SubsidyRecord b = row(loop, low);
        // 特困: the whole 400 from the assistance fund; 低保: 150 from it, the 250 left from the county budget
        assertEquals(new BigDecimal("400.00"), a.assistanceFund());
        assertEquals(new BigDecimal("0.00"), a.countyBudget());
        assertEquals(new BigDecimal("150.00"), b.assistanceFund());
        assertEquals(new BigDecimal("250.00"), b.countyBudget());
        assertEquals(SubsidyStatus.PENDING, a.status());
        // listed Friday 20 December: 5 working days are 23..27 December
        assertEquals(LocalDate.of(2024, 12, 27), a.sendDue());

        List<SubsidyRecord> sent = loop.send(loop.rows(2024), TestDesk.TODAY, clerk);
        assertTrue(sent.stream().allMatch(r -> r.status() == SubsidyStatus.SENT));

        List<String> file = List.of("\uFEFF姓名,身份证号,缴费日期,金额", "张三,\t" + poor.idNumber() + ",2024/12/20,400",
                "李四," + low.idNumber() + ",20241220,400");
        TaxReturn result = loop.confirm(2024, file, "回执.csv", Locale.SIMPLIFIED_CHINESE, clerk);
        assertEquals(2, result.paid());
        assertEquals(SubsidyStatus.PAID, row(loop, poor).status());
        assertEquals(LocalDate.of(2024, 12, 20), row(loop, low).paidOn());
        InsuranceLedger ledger = new InsuranceLedger(desk.db, desk.clock, PolicyRegistry::bundled);
        CoverageRecord entry = ledger.forPerson(poor.id()).get(0);
        assertEquals(InsuranceStatus.RESIDENT, entry.status());
        assertEquals(EntrySource.LIST, entry.source());
        assertEquals(1, loop.confirm(2024, file.subList(0, 2), "again.csv", Locale.SIMPLIFIED_CHINESE, clerk).alreadyPaid());

        SubsidySummary paid = loop.summary(2024);
        assertEquals(2, paid.paid());
        assertEquals(new BigDecimal("550.00"), paid.paidAssistanceFund());
        assertEquals(new BigDecimal("250.00"), paid.paidCountyBudget());
        assertEquals(new BigDecimal("800.00"), paid.paidTotal());

        // 退费重缴 (广西通知 二(三)): refunded, back to 待报送, the refund leaves the sums paid
        assertThrows(InsuranceException.class, () -> loop.refund(row(loop, low), TestDesk.TODAY, " ", clerk));
        SubsidyRecord refunded = loop.refund(row(loop, low), TestDesk.TODAY, "按职工医保重复缴费", clerk);
        assertEquals(SubsidyStatus.REFUNDED, refunded.status());
        assertEquals(2, loop.month(2024, YearMonth.of(2024, 12)).size(), "one paid, one refunded in December");
        assertEquals(new BigDecimal("400.00"), loop.summary(2024).paidAssistanceFund());
        SubsidyRecord again = loop.repay(refunded, clerk);
        assertEquals(SubsidyStatus.PENDING, again.status());
        assertEquals(1, again.repaidTimes());
        assertThrows(StaleRecordException.class, () -> loop.repay(refunded, clerk), "the row shown was changed since");
    }

    @Test
    void a_return_file_with_one_bad_line_changes_nothing() {
        loop.prepare(2024, clerk);
        loop.send(List.of(row(loop, poor)), TestDesk.TODAY, clerk);
        List<String> file = List.of("身份证号,缴费日期", poor.idNumber() + ",2024-12-20", low.idNumber() + ",2024-12-20",
                "110101199001011237,2024-12-20", poor.idNumber() + ",12月20日");
        TaxReturnException e = assertThrows(TaxReturnException.class,
                () -> loop.confirm(2024, file, "x.csv", Locale.SIMPLIFIED_CHINESE, clerk));
        assertEquals(List.of("第 3 行：李四 尚未报送税务，不能登记缴费", "第 4 行：身份证号不在 2024 年度资助参保名单中",
                "第 5 行：缴费日期“12月20日”无法识别"), e.lines());
        assertEquals(SubsidyStatus.SENT, row(loop, poor).status(), "nothing written");
        assertTrue(new InsuranceLedger(desk.db, desk.clock, PolicyRegistry::bundled).forPerson(poor.id()).isEmpty());
        InsuranceException cols = assertThrows(InsuranceException.class,
                () -> loop.confirm(2024, List.of("姓名,日期", "张三,2024-12-20"), "y.csv", Locale.SIMPLIFIED_CHINESE, clerk));
        assertEquals(InsuranceProblem.SUBSIDY_RETURN_COLUMNS, cols.problem());
    }

    @Test
    void the_five_working_day_deadline_and_the_refusals() {
        loop.prepare(2024, clerk);
        assertThrows(InsuranceException.class, () -> loop.send(loop.rows(2024), TestDesk.TODAY.plusDays(1), clerk),
                "a sending date after today");
        assertThrows(DutyException.class, () -> loop.send(loop.rows(2024), TestDesk.TODAY,
                TestSessions.as(desk.db, "payer", Role.PAYOUT_CLERK)), "a payout clerk does not enrol");
        // on Monday 30 December the rows listed on the 20th and not sent are late (due the 27th)
        Clock later = Clock.fixed(LocalDate.of(2024, 12, 30).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(),
                ZoneId.of("Asia/Shanghai"));
        PremiumSubsidies monday = subsidies(later);
        assertEquals(2, monday.summary(2024).late());
        assertFalse(row(loop, poor).late(LocalDate.of(2024, 12, 27)), "the due day itself is in time");
        monday.send(List.of(row(monday, poor)), LocalDate.of(2024, 12, 30), clerk);
        assertTrue(row(monday, poor).late(LocalDate.of(2024, 12, 30)), "sent after its due day");
        InsuranceException twice = assertThrows(InsuranceException.class,
                () -> monday.send(List.of(row(monday, poor)), LocalDate.of(2024, 12, 30), clerk));
        assertEquals(InsuranceProblem.SUBSIDY_NOT_PENDING, twice.problem());
    }
}
