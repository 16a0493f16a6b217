package org.medaid.desk.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.medaid.desk.preview.PrintJob;
import org.medaid.workflow.CaseNumber;
import org.medaid.desk.common.Session;
import org.medaid.desk.common.DeskServices;
import org.medaid.print.NoticeListData;
import org.medaid.print.PayoutListData;
import org.medaid.print.PrintDocument;
import org.medaid.print.WaitingListData;
import org.medaid.model.WorkingDays;
import org.medaid.printlog.PrintKind;
import org.medaid.workflow.NoticeList;
import org.medaid.workflow.NoticeRow;
import org.medaid.workflow.PayoutList;
import org.medaid.workflow.PayoutRow;
import org.medaid.workflow.Stage;
import org.medaid.workflow.WaitingCase;

/**
 * The three lists as print jobs, each read from the workflow when rendered and logged
 * when printed or saved: the quarter's public notice (ID numbers always masked), the payout list for the
 * bank (in full, as the bank needs them), and the cases waiting at each stage.
 */
final class ListJobs {

    private ListJobs() {
    }

    /** Parameters of the public notice the clerk fills in. */
    record NoticeParams(int year, int quarter, LocalDate from, String office, String basis, String contact) {
    }

    /** Parameters of the payout list. */
    record PayoutParams(String office, String batch, String payingBank, String checkedBy) {
    }

    static PrintJob notice(DeskServices work, Session session, NoticeParams p, String title) {
        return new PrintJob(title, false, false, (paper, ids) -> {
            NoticeList list = work.queries().noticeList(p.year(), p.quarter());
            List<NoticeListData.Row> rows = new ArrayList<>();
            for (NoticeRow r : list.rows()) {
                // the workflow hands out the masked number only; the renderer masks again, which keeps it as it is
                rows.add(new NoticeListData.Row(r.name(), r.maskedIdNumber(), r.village(), r.amount()));
            }
            NoticeListData data = new NoticeListData(p.office(), p.year(), p.quarter(), p.basis(), p.from(), p.contact(), rows,
                    work.today());
            return new PrintJob.Rendered(PrintDocument.noticeList(data, work.workingDays()), false);
        }, (doc, outcome) -> work.printLog().record(PrintKind.NOTICE_LIST, PrintKind.quarterKey(p.year(), p.quarter()),
                session.login()));
    }

    static PrintJob payout(DeskServices work, Session session, PayoutParams p, String title) {
        return new PrintJob(title, false, false, (paper, ids) -> {
            PayoutList list = work.queries().payoutList();
            List<PayoutListData.Row> rows = new ArrayList<>();
            for (PayoutRow r : list.rows()) {
                // the payee's own bank as recorded with the account, not the bank that pays out
                rows.add(new PayoutListData.Row(r.name(), r.idNumber(), r.bankName(), r.bankAccount(), r.amount()));
            }
            PayoutListData data = new PayoutListData(p.office(), p.batch(), p.payingBank(), rows,
                    session.current().displayName(), p.checkedBy(), work.today(), list.held());
            return new PrintJob.Rendered(PrintDocument.payoutList(data), false);
        }, (doc, outcome) -> work.printLog().record(PrintKind.PAYOUT_LIST, PrintKind.dateKey(work.today()), session.login()));
    }

    static PrintJob waiting(DeskServices work, Session session, String office, String title) {
        return new PrintJob(title, false, false, (paper, ids) -> {
            LocalDate today = work.today();
            List<WaitingListData.Row> rows = new ArrayList<>();
            for (List<WaitingCase> cases : work.queries().waiting().values()) {
                for (WaitingCase w : cases) {
                    rows.add(row(work, w, today));
                }
            }
            WaitingListData data = new WaitingListData(office, today, rows);
            return new PrintJob.Rendered(PrintDocument.waitingList(data, work.workingDays()), false);
        }, (doc, outcome) -> work.printLog().record(PrintKind.WAITING_LIST, PrintKind.dateKey(work.today()), session.login()));
    }

    /**
     * A waiting case as the printed list groups it: by the step it waits for (ADR 0024). The waiting case
     * does not carry the date of application, so the application is read for it (a gap of the workflow's query).
     */
    static WaitingListData.Row row(DeskServices work, WaitingCase w, LocalDate today) {
        var a = work.workflow().byId(w.applicationId()).orElseThrow();
        org.medaid.print.ApplicationStages.Stage at;
        LocalDate since = w.since();
        if (w.stage() == Stage.APPLIED) {
            at = org.medaid.print.ApplicationStages.Stage.TOWNSHIP_REVIEW;
        } else if (w.stage() == Stage.TOWNSHIP_REVIEWED) {
            at = org.medaid.print.ApplicationStages.Stage.PUBLICITY;
        } else if (w.stage() == Stage.PUBLICISED && !today.isAfter(a.publicityEnd())) {
            at = org.medaid.print.ApplicationStages.Stage.PUBLICITY;
            since = a.publicityStart();
        } else if (w.stage() == Stage.PUBLICISED) {
            at = org.medaid.print.ApplicationStages.Stage.COUNTY_APPROVAL;
            since = a.publicityEnd();
        } else {
            at = org.medaid.print.ApplicationStages.Stage.PAYOUT;
        }
        return new WaitingListData.Row(at, CaseNumber.of(a.id(), a.appliedOn()), w.name(), w.village(), a.appliedOn(), since);
    }
}
