package org.medaid.print;

import org.medaid.model.WorkingDays;
import com.lowagie.text.Document;

/**
 * The 医疗救助申请审批表 as a PDF (A4): applicant, household, bank account, bills with what each tier
 * paid, the applicant's statement and signature, and the procedure's stages with who and when.
 */
public final class ApplicationFormRenderer {

    private final PrintText text;
    private final WorkingDays days;

    public ApplicationFormRenderer() {
        this(PrintText.current(), WorkingDays.WEEKENDS_ONLY);
    }

    /** With the county's holiday list, so the deadlines skip public holidays as well as weekends. */
    public ApplicationFormRenderer(PrintText text, WorkingDays days) {
        this.text = text;
        this.days = days;
    }

    public byte[] render(ApplicationFormData data) {
        FormStyle style = new FormStyle(PaperSize.A4);
        String number = SlipHeader.orNotGiven(text, data.number());
        return FormDocument.render(style, text, text.get("form.title"), text.format("form.footer", number),
                (document, writer) -> {
                    FormHeader.write(document, style, text.get("form.title"),
                            text.format("form.office", SlipHeader.orNotGiven(text, data.office())),
                            text.format("form.number", number) + "　　" + text.format("form.printedOn", data.printedOn()));
                    add(document, ApplicantTables.applicant(style, text, data));
                    add(document, ApplicantTables.household(style, text, data));
                    add(document, ApplicantTables.bank(style, text, data));
                    add(document, ApplicantTables.bills(style, text, data));
                    add(document, ApplicantTables.statement(style, text, data));
                    add(document, ApplicationProcessTable.process(style, text, data, days));
                });
    }

    private static void add(Document document, Grid grid) {
        document.add(grid.table());
    }
}
