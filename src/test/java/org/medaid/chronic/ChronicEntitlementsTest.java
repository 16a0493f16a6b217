package org.medaid.chronic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.bills.BillDraft;
import org.medaid.desk.bills.ScreensFixture;
import org.medaid.insurance.CoverageDraft;
import org.medaid.insurance.InsuranceStatus;
import org.medaid.insurance.UninsuredReason;
import org.medaid.model.BillKind;
import org.medaid.model.Category;
import org.medaid.store.PersonRecord;
import org.medaid.store.StaleRecordException;

/**
 * 门诊慢特病 entitlements on a real store (ADR 0068): the policy's disease list where it gives one, a 代办 application
 * certified, a special-outpatient bill outside the entitlement flagged with the clause, and the 参保台账's 未参保
 * with its reason on the bill screen's flags.
 */
class ChronicEntitlementsTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @TempDir
    Path dir;
    ScreensFixture fx;
    ChronicEntitlements chronic;
    org.medaid.session.Session clerk;

    @BeforeEach
    void open() {
        fx = new ScreensFixture(dir);
        chronic = fx.work.chronic();
        clerk = ScreensFixture.service(fx.clerk);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private static BillDraft special(long personId, LocalDate on, String disease) {
        return new BillDraft(personId, BillKind.OUTPATIENT_SPECIAL, on, null, "邵东县人民医院", org.medaid.model.HospitalLevel.COUNTY,
                org.medaid.model.Location.IN_COUNTY, false, "门诊", disease, false, new BigDecimal("800.00"), BigDecimal.ZERO,
                null, null, new BigDecimal("400.00"), BigDecimal.ZERO, null);
    }

    @Test
    void guangxiTakesOnlyTheDiseasesItsNoticeLists() {
        PersonRecord wei = fx.person("韦小宝", "450102", "民主村", Category.LIFTED);
        ChronicException e = assertThrows(ChronicException.class, () -> chronic.certificate(wei.id(), "高血压", "GX-001",
                LocalDate.of(2024, 3, 1), null, "南宁市医保局", clerk));
        assertEquals(ChronicProblem.DISEASE_NOT_LISTED, e.problem());
        assertTrue(ChronicTexts.problem(e, ZH).contains("血友病"), ChronicTexts.problem(e, ZH));
        Entitlement ok = chronic.certificate(wei.id(), "血友病", "GX-001", LocalDate.of(2024, 3, 1), null, "南宁市医保局", clerk);
        assertEquals(Entitlement.State.CERTIFIED, ok.state());
        assertEquals(List.of(ok), chronic.forPerson(wei.id()));
    }

    @Test
    void aProxyApplicationIsCertifiedAndOnlyThenCoversTheSpecialOutpatientBill() throws Exception {
        PersonRecord liu = fx.person("刘桂香", ScreensFixture.SHAOYANG, "白云村", Category.MINIMUM_LIVING);
        Entitlement applied = chronic.application(liu.id(), "尿毒症", Entitlement.Help.PROXY, LocalDate.of(2024, 10, 8), clerk);
        assertEquals(List.of(applied), chronic.helped(), "the 代办 application is on the desk's list");

        EntitlementCheck before = chronic.check(liu.id(), BillKind.OUTPATIENT_SPECIAL, "尿毒症", LocalDate.of(2024, 11, 20));
        assertEquals(EntitlementCheck.State.NONE, before.state(), "an application is not an entitlement");
        String flag = ChronicTexts.check(before, ZH);
        assertTrue(flag.contains("邵医保发〔2021〕32号 三(五)"), "the clause of shaoyang-2021: " + flag);

        assertEquals(ChronicProblem.DATES_REVERSED, assertThrows(ChronicException.class, () -> chronic.certify(applied.id(),
                applied.version(), "SY-2024-118", LocalDate.of(2024, 11, 1), LocalDate.of(2024, 10, 1), "邵东县医疗保障局", clerk))
                .problem());
        assertEquals(ChronicProblem.DATE_IN_FUTURE, assertThrows(ChronicException.class, () -> chronic.certify(applied.id(),
                applied.version(), "SY-2024-118", LocalDate.of(2024, 12, 21), null, "邵东县医疗保障局", clerk)).problem());
        Entitlement cert = chronic.certify(applied.id(), applied.version(), "SY-2024-118", LocalDate.of(2024, 11, 1),
                LocalDate.of(2025, 10, 31), "邵东县医疗保障局", clerk);
        assertThrows(StaleRecordException.class, () -> chronic.refuse(applied.id(), applied.version(), LocalDate.of(2024, 11, 2),
                "材料不全", clerk));
        assertEquals(Entitlement.Help.PROXY, cert.help());
        assertEquals(Entitlement.State.CERTIFIED, chronic.helped().get(0).state(), "the outcome is on the list");

        assertEquals(EntitlementCheck.State.NONE, chronic.check(liu.id(), BillKind.OUTPATIENT_SPECIAL, "尿毒症",
                LocalDate.of(2024, 10, 31)).state(), "the day before the certificate");
        assertEquals(EntitlementCheck.State.COVERED, chronic.check(liu.id(), BillKind.OUTPATIENT_SPECIAL, "尿毒症",
                LocalDate.of(2024, 11, 20)).state());
        assertEquals(EntitlementCheck.State.OTHER_DISEASE, chronic.check(liu.id(), BillKind.OUTPATIENT_SPECIAL, "糖尿病",
                LocalDate.of(2024, 11, 20)).state());
        assertEquals(EntitlementCheck.State.NOT_NEEDED, chronic.check(liu.id(), BillKind.INPATIENT, null,
                LocalDate.of(2024, 10, 20)).state(), "a hospital stay needs no entitlement");

        Entitlement voided = chronic.voidEntry(cert.id(), cert.version(), "证书号录错", clerk);
        assertEquals(Entitlement.State.VOIDED, voided.state());
        assertEquals(EntitlementCheck.State.NONE, chronic.check(liu.id(), BillKind.OUTPATIENT_SPECIAL, "尿毒症",
                LocalDate.of(2024, 11, 20)).state(), "a voided entitlement covers nothing");
        assertEquals(3, audits(cert.id()), "insert, certify and void are each audited");
    }

    @Test
    void aRefusedApplicationNeedsItsReasonAndDay() {
        PersonRecord wang = fx.person("王五", ScreensFixture.LINYI, "朱保村", Category.MINIMUM_LIVING);
        Entitlement a = chronic.application(wang.id(), "慢性阻塞性肺疾病", Entitlement.Help.HELPED, LocalDate.of(2024, 9, 1), clerk);
        assertEquals(ChronicProblem.REASON_MISSING, assertThrows(ChronicException.class,
                () -> chronic.refuse(a.id(), a.version(), LocalDate.of(2024, 9, 20), " ", clerk)).problem());
        Entitlement r = chronic.refuse(a.id(), a.version(), LocalDate.of(2024, 9, 20), "未达到认定标准", clerk);
        assertEquals(Entitlement.State.REFUSED, r.state());
        assertEquals("未达到认定标准", r.note());
        assertEquals(ChronicProblem.WRONG_STATE, assertThrows(ChronicException.class, () -> chronic.certify(r.id(), r.version(),
                "X", LocalDate.of(2024, 9, 21), null, "兰山区医保局", clerk)).problem());
        EntitlementCheck c = chronic.check(wang.id(), BillKind.OUTPATIENT_SPECIAL, null, LocalDate.of(2024, 10, 1));
        assertTrue(ChronicTexts.check(c, ZH).contains("鲁医保发〔2021〕56号 二(三)"), ChronicTexts.check(c, ZH));
    }

    @Test
    void theBillFlagsSayNotInsuredWithTheLedgersReasonAndTheMissingEntitlement() {
        PersonRecord liu = fx.person("刘桂香", ScreensFixture.SHAOYANG, "白云村", Category.MINIMUM_LIVING);
        BillFlags flags = fx.work.billFlags();
        List<String> unrecorded = flags.of(liu.id(), special(liu.id(), LocalDate.of(2024, 11, 20), null), ZH);
        assertEquals(2, unrecorded.size(), unrecorded.toString());
        assertTrue(unrecorded.get(0).startsWith("参保未登记"), unrecorded.get(0));

        fx.work.insurance().record(new CoverageDraft(liu.id(), 2024, InsuranceStatus.UNINSURED, null,
                UninsuredReason.MILITARY_SERVICE, null), 0, null, ScreensFixture.service(fx.clerk));
        List<String> uninsured = flags.of(liu.id(), ScreensFixture.stay(liu.id(), LocalDate.of(2024, 11, 20), "9000.00", "0.00",
                "4000.00"), ZH);
        assertEquals(1, uninsured.size(), "a hospital stay has no entitlement flag: " + uninsured);
        assertTrue(uninsured.get(0).startsWith("未参保") && uninsured.get(0).contains("原因：服役"), uninsured.get(0));
        assertTrue(uninsured.get(0).contains("不能申请医疗救助"), "what follows: " + uninsured.get(0));

        assertEquals(List.of(), flags.of(liu.id(), ScreensFixture.stay(liu.id(), LocalDate.of(2023, 11, 20), "9000.00", "0.00",
                "4000.00"), ZH).stream().filter(s -> s.startsWith("未参保")).toList(), "2023 is another year");
        assertNull(ChronicTexts.check(chronic.check(liu.id(), BillKind.OUTPATIENT_GENERAL, null, LocalDate.of(2024, 11, 20)), ZH));
    }

    private int audits(long id) throws Exception {
        return fx.db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT COUNT(*) FROM audit WHERE table_name = 'chronic_entitlement' AND record_id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }
}
