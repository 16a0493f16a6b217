package org.medaid.print;

import org.medaid.model.WorkingDays;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One rendered form: its title (the print job's name), a file name to suggest when saving, and the PDF.
 * Preview, print and save all use these same bytes, so what is printed is what was previewed (ADR 0016).
 */
public record PrintDocument(String title, String fileName, byte[] pdf) {

    public PrintDocument {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(pdf, "pdf");
        if (pdf.length == 0) {
            throw new IllegalArgumentException("empty PDF for " + title);
        }
    }

    /** The slip of one bill, e.g. 结算单-b1.pdf. */
    public static PrintDocument slip(SlipData data, PaperSize paper) {
        PrintText text = PrintText.current();
        byte[] pdf = new SlipRenderer(text).render(data, paper);
        return new PrintDocument(text.get("slip.title") + " " + data.result().id(),
                safeName(text.get("file.slip") + "-" + data.result().id() + (data.reprint() ? "-" + text.get("file.reprint") : "")),
                pdf);
    }

    /** The 结算调整单 of one confirmed adjustment (ADR 0031), e.g. 结算调整单-2026-T000001.pdf. */
    public static PrintDocument adjustment(AdjustmentSlipData data, PaperSize paper) {
        PrintText text = PrintText.current();
        return new PrintDocument(text.get("adjustment.title") + " " + data.number(),
                safeName(text.get("adjustment.title") + "-" + data.number()
                        + (data.reprint() ? "-" + text.get("file.reprint") : "")),
                new AdjustmentSlipRenderer(text).render(data, paper));
    }

    /** The application and approval form, with the county's working days for its deadlines. */
    public static PrintDocument applicationForm(ApplicationFormData data, WorkingDays days) {
        PrintText text = PrintText.current();
        String number = data.number() == null ? data.applicant().name() : data.number();
        return new PrintDocument(text.get("form.title") + " " + number,
                safeName(text.get("file.applicationForm") + "-" + number), new ApplicationFormRenderer(text, days).render(data));
    }

    /** The quarter's public notice for the village board. */
    public static PrintDocument noticeList(NoticeListData data, WorkingDays days) {
        PrintText text = PrintText.current();
        String period = data.year() + "Q" + data.quarter();
        return new PrintDocument(text.get("file.noticeList") + " " + period,
                safeName(text.get("file.noticeList") + "-" + period), new NoticeListRenderer(text, days).render(data));
    }

    /** The payout list for the bank. */
    public static PrintDocument payoutList(PayoutListData data) {
        PrintText text = PrintText.current();
        String batch = data.batch() == null ? data.printedOn().toString() : data.batch();
        return new PrintDocument(text.get("payout.title") + " " + batch, safeName(text.get("file.payoutList") + "-" + batch),
                new PayoutListRenderer(text).render(data));
    }

    /** The applications waiting at each stage. */
    public static PrintDocument waitingList(WaitingListData data, WorkingDays days) {
        PrintText text = PrintText.current();
        return new PrintDocument(text.get("waiting.title") + " " + data.asOf(),
                safeName(text.get("file.waitingList") + "-" + data.asOf()), new WaitingListRenderer(text, days).render(data));
    }

    /** The 受理回执 of one application, e.g. 医疗救助申请受理回执-2024-0001.pdf. */
    public static PrintDocument intakeReceipt(IntakeReceiptData data, PaperSize paper) {
        PrintText text = PrintText.current();
        return new PrintDocument(text.get("receipt.title") + " " + data.number(),
                safeName(text.get("receipt.title") + "-" + data.number()), new IntakeReceiptRenderer(text).render(data, paper));
    }

    /** The 不予医疗救助告知书 of one refused application, e.g. 不予医疗救助告知书-2024-0001.pdf. */
    public static PrintDocument refusalNotice(RefusalNoticeData data, PaperSize paper) {
        PrintText text = PrintText.current();
        return new PrintDocument(text.get("refusal.title") + " " + data.number(),
                safeName(text.get("refusal.title") + "-" + data.number()), new RefusalNoticeRenderer(text).render(data, paper));
    }

    /** A name without characters Windows refuses in file names, ending in .pdf. */
    /** A report or list rendered from its tables and charts, e.g. 倾斜救助核查名单-2024.pdf. */
    public static PrintDocument report(String title, String fileStem, String office, List<org.medaid.table.DataTable> tables,
            List<TableReportRenderer.Chart> charts, LocalDate printedOn) {
        PrintText text = PrintText.current();
        return new PrintDocument(title, safeName(fileStem), new TableReportRenderer(text).render(title, office, tables, charts,
                printedOn));
    }

    static String safeName(String name) {
        return name.replaceAll("[\\\\/:*?\"<>|\\s]+", "_") + ".pdf";
    }
}
