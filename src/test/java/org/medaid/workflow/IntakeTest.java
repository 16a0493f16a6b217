package org.medaid.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.bills.StoredBill;
import org.medaid.intake.Intake;
import org.medaid.intake.IntakeException;
import org.medaid.intake.IntakeProblem;
import org.medaid.intake.IntakeRecord;
import org.medaid.policy.IntakeType;
import org.medaid.policy.PolicyRegistry;
import org.medaid.print.IntakeReceiptRenderer;
import org.medaid.print.PaperSize;
import org.medaid.print.PdfInspect;
import org.medaid.print.PrintText;
import org.medaid.print.RefusalNoticeRenderer;
import org.medaid.store.PersonRecord;
import org.medaid.store.StaleRecordException;

/** Applications received as 邵医保发〔2021〕32号 三(八) says: checklist, receipt, urgent mark, refusal notice. */
class IntakeTest {

    @TempDir
    Path dir;
    WorkflowDesk w;
    Intake intake;

    @BeforeEach
    void open() {
        w = new WorkflowDesk(dir);
        intake = new Intake(w.desk.db, w.workflow, w.desk.people, PolicyRegistry::bundled, w.desk.clock);
    }

    @AfterEach
    void close() {
        w.close();
    }

    private AssistanceApplication applied(String name, LocalDate on) {
        PersonRecord p = w.marginal(name, "石门村");
        StoredBill b = w.bill(p, LocalDate.of(2024, 11, 20), w.clerk);
        return w.apply(p, b, on, "3000.00", w.clerk);
    }

    @Test
    void theChecklistComesFromThePolicyAndTheReceiptShowsTheAcceptanceDate() throws Exception {
        AssistanceApplication a = applied("陈八", LocalDate.of(2024, 12, 2));
        List<IntakeType> types = intake.types(a);
        assertEquals(1, types.size());
        assertEquals(List.of("书面申请", "相关证件", "民政部门认定证明材料", "本年度的诊断病历", "必要的病史证明材料", "医疗费用结算单据"),
                types.get(0).documents());
        assertTrue(types.get(0).source().startsWith("邵医保发〔2021〕32号 三(八)"));

        IntakeException e = assertThrows(IntakeException.class, () -> intake.receive(a.id(), "byApplication",
                List.of("户口本复印件"), false, null, 0, w.clerk));
        assertEquals(IntakeProblem.UNKNOWN_DOCUMENT, e.problem());
        IntakeRecord r = intake.receive(a.id(), "byApplication", List.of("医疗费用结算单据", "书面申请", "相关证件"), false, null, 0,
                w.clerk);
        assertEquals(List.of("书面申请", "相关证件", "医疗费用结算单据"), r.received(), "in the policy's order");
        assertEquals(List.of("民政部门认定证明材料", "本年度的诊断病历", "必要的病史证明材料"), r.missing());
        assertThrows(StaleRecordException.class, () -> intake.receive(a.id(), "byApplication", List.of(), false, null, 0, w.clerk));

        byte[] pdf = new IntakeReceiptRenderer(PrintText.of(java.util.Locale.SIMPLIFIED_CHINESE))
                .render(intake.receipt(a.id(), "新邵县酿溪镇人民政府", null), PaperSize.A4);
        Files.write(Path.of("target", "intake-receipt.pdf"), pdf);
        String text = PdfInspect.compact(pdf);
        assertTrue(text.contains("医疗救助申请受理回执"), text);
        assertTrue(text.contains("受理日期2024-12-02"), text);
        assertTrue(text.contains(a.visitDue().toString()), text);
        assertTrue(text.contains("本年度的诊断病历待补"), text);
        assertTrue(text.contains("4305"), "masked ID number printed");
        assertFalse(text.contains(w.desk.people.byId(a.personId()).orElseThrow().idNumber()), "never the full ID number");
        for (Map.Entry<String, Boolean> f : PdfInspect.fonts(pdf).entrySet()) {
            assertTrue(f.getValue(), "font embedded: " + f.getKey());
        }
    }

    @Test
    void anUrgentCaseComesFirstInTheQueueAndNeedsItsReason() {
        AssistanceApplication first = applied("陈八", LocalDate.of(2024, 11, 25));
        AssistanceApplication later = applied("李九", LocalDate.of(2024, 12, 2));
        assertEquals(List.of(first.id(), later.id()), w.queries.waitingAt(Stage.APPLIED).stream().map(WaitingCase::applicationId).toList());
        assertEquals(IntakeProblem.URGENT_REASON_MISSING, assertThrows(IntakeException.class,
                () -> intake.receive(later.id(), "byApplication", List.of(), true, " ", 0, w.clerk)).problem());
        intake.receive(later.id(), "byApplication", List.of("书面申请"), true, "急性白血病，突发重特大疾病", 0, w.clerk);
        assertEquals(List.of(later.id(), first.id()), w.queries.waitingAt(Stage.APPLIED).stream().map(WaitingCase::applicationId).toList());
        assertEquals(java.util.Set.of(later.id()), intake.urgentIds());
    }

    @Test
    void theRefusalNoticeCarriesTheReasonsAndTheDateTheApplicantWasTold() throws Exception {
        AssistanceApplication a = applied("陈八", LocalDate.of(2024, 12, 2));
        assertEquals(IntakeProblem.NOT_REFUSED, assertThrows(IntakeException.class,
                () -> intake.told(a.id(), LocalDate.of(2024, 12, 6), "当面送达", 0, w.clerk)).problem());
        AssistanceApplication refused = w.workflow.reject(a.id(), a.version(), "家庭人均收入高于当地低保边缘标准", LocalDate.of(2024, 12, 5),
                w.reviewer);
        assertEquals(IntakeProblem.TOLD_DATE_OUT_OF_RANGE, assertThrows(IntakeException.class,
                () -> intake.told(refused.id(), LocalDate.of(2024, 12, 4), "当面送达", 0, w.clerk)).problem());
        assertEquals(IntakeProblem.TOLD_DATE_OUT_OF_RANGE, assertThrows(IntakeException.class,
                () -> intake.told(refused.id(), LocalDate.of(2024, 12, 21), "当面送达", 0, w.clerk)).problem());
        assertEquals(IntakeProblem.TOLD_HOW_MISSING, assertThrows(IntakeException.class,
                () -> intake.told(refused.id(), LocalDate.of(2024, 12, 6), "", 0, w.clerk)).problem());
        IntakeRecord told = intake.told(refused.id(), LocalDate.of(2024, 12, 6), "当面送达", 0, w.clerk);
        assertEquals(LocalDate.of(2024, 12, 6), told.toldOn());

        byte[] pdf = new RefusalNoticeRenderer(PrintText.of(java.util.Locale.SIMPLIFIED_CHINESE))
                .render(intake.refusalNotice(refused.id(), null), PaperSize.A4);
        Files.write(Path.of("target", "refusal-notice.pdf"), pdf);
        String text = PdfInspect.compact(pdf);
        assertTrue(text.contains("不予医疗救助告知书"), text);
        assertTrue(text.contains("家庭人均收入高于当地低保边缘标准"), text);
        assertTrue(text.contains("告知日期2024-12-06"), text);
        assertTrue(text.contains("当面送达"), text);
    }
}
