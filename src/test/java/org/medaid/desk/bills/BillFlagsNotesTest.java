package org.medaid.desk.bills;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.desk.task.SameThreadTaskExecutor;
import org.medaid.insurance.CoverageDraft;
import org.medaid.insurance.InsuranceStatus;
import org.medaid.insurance.UninsuredReason;
import org.medaid.model.BillKind;
import org.medaid.model.Category;
import org.medaid.store.PersonRecord;

/** The bill screen's notes carry the 参保台账's 未参保 (with its reason) and a special-outpatient bill without entitlement. */
class BillFlagsNotesTest {

    @TempDir
    Path dir;
    ScreensFixture fx;
    BillEntryViewModel model;

    @BeforeEach
    void open() {
        fx = new ScreensFixture(dir);
        model = new BillEntryViewModel(fx.work.bills(), fx.work.ledger(), fx.desk.policies(), new SameThreadTaskExecutor(),
                ScreensFixture.CHINESE, fx.as(fx.clerk));
        model.setFlags(fx.work.billFlags());
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private List<String> flags() {
        return model.panel().notes().stream().filter(n -> n.kind() == Note.Kind.FLAG).map(Note::text).toList();
    }

    @Test
    void aSpecialOutpatientBillOfAnUninsuredPersonIsFlaggedTwiceWithTheReasonAndTheClauses() {
        PersonRecord liu = fx.person("刘桂香", ScreensFixture.SHAOYANG, "白云村", Category.MINIMUM_LIVING);
        fx.work.insurance().record(new CoverageDraft(liu.id(), 2024, InsuranceStatus.UNINSURED, null, UninsuredReason.IMPRISONED,
                null), 0, null, ScreensFixture.service(fx.clerk));
        model.startNew(liu);
        BillFormViewModel f = model.form();
        f.kind.set(BillKind.OUTPATIENT_SPECIAL);
        f.hospitalName.set("邵东县人民医院");
        f.admitted.set("2024-11-20");
        f.amount(BillFormViewModel.TOTAL).set("800");
        f.amount(BillFormViewModel.OUT_OF_CATALOG).set("0");
        f.amount(BillFormViewModel.BASIC).set("400");
        f.amount(BillFormViewModel.CRITICAL).set("0");
        model.compute();
        List<String> flags = flags();
        assertTrue(flags.stream().anyMatch(s -> s.startsWith("未参保") && s.contains("原因：服刑")), flags.toString());
        assertTrue(flags.stream().anyMatch(s -> s.startsWith("门诊慢特病票据") && s.contains("邵医保发〔2021〕32号 三(五)")),
                flags.toString());
    }
}
