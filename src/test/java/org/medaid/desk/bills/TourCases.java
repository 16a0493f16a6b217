package org.medaid.desk.bills;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.medaid.model.Category;
import org.medaid.store.PersonRecord;
import org.medaid.workflow.ApplicationRequest;
import org.medaid.workflow.AssistanceApplication;
import org.medaid.workflow.WorkflowService;

/** Applications at several stages for the tour: 邵阳 低保边缘 people whose bills go by application. */
final class TourCases {

    private TourCases() {
    }

    static void fill(ScreensFixture fx) {
        WorkflowService w = fx.work.workflow();
        String[][] people = {{"刘桂香", "白云村"}, {"周德明", "白云村"}, {"吴春兰", "塘田村"}, {"郑国平", "塘田村"}};
        AssistanceApplication[] a = new AssistanceApplication[people.length];
        for (int i = 0; i < people.length; i++) {
            PersonRecord p = fx.person(people[i][0], ScreensFixture.SHAOYANG, people[i][1], Category.MARGINAL);
            var bill = fx.add(ScreensFixture.stay(p.id(), LocalDate.of(2024, 11, 20 + i), (28000 + 1500 * i) + ".00", "1800.00",
                    "14000.00"), fx.clerk);
            a[i] = w.apply(new ApplicationRequest(p.id(), List.of(bill.id()), LocalDate.of(2024, 12, 2 + i), new BigDecimal("6000.00"), null, null,
                    "村委会转交"), ScreensFixture.service(fx.clerk));
        }
        a[1] = w.review(a[1].id(), a[1].version(), LocalDate.of(2024, 12, 5), "李审核、村干部王强", "家庭情况属实", ScreensFixture.service(fx.reviewer));
        a[2] = w.review(a[2].id(), a[2].version(), LocalDate.of(2024, 12, 5), "李审核", null, ScreensFixture.service(fx.reviewer));
        a[3] = w.review(a[3].id(), a[3].version(), LocalDate.of(2024, 12, 5), "李审核", null, ScreensFixture.service(fx.reviewer));
        a[3] = w.approve(a[3].id(), a[3].version(), null, LocalDate.of(2024, 12, 16), "同意救助", ScreensFixture.service(fx.approver));
    }
}
