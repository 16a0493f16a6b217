package org.medaid.print;

import com.lowagie.text.Element;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.medaid.model.Money;
import org.medaid.print.ApplicationFormData.Applicant;
import org.medaid.print.ApplicationFormData.BankAccount;
import org.medaid.print.ApplicationFormData.FormBill;
import org.medaid.print.ApplicationFormData.Member;

/** Sections 一 to 四 of the application form: applicant, household, bank account, bills and statement. */
final class ApplicantTables {

    private static final float[] SIX = {1.05f, 1.6f, 1.05f, 2.2f, 1.05f, 1.55f};

    private ApplicantTables() {
    }

    static Grid applicant(FormStyle style, PrintText text, ApplicationFormData data) {
        Applicant a = data.applicant();
        Grid g = new Grid(style, SIX);
        g.heading(text.get("form.section.applicant"));
        g.label(text.get("form.name")).text(or(text, a.name()));
        g.label(text.get("form.idNumber")).text(or(text, data.idDisplay().show(a.idNumber())));
        g.label(text.get("form.sex")).text(or(text, a.sex()));
        g.label(text.get("form.categories")).text(or(text, a.categories()), 3);
        g.label(text.get("form.insurance")).text(or(text, a.insurance()));
        g.label(text.get("form.address")).text(or(text, a.address()), 3);
        g.label(text.get("form.phone")).text(or(text, a.phone()));
        return g;
    }

    static Grid household(FormStyle style, PrintText text, ApplicationFormData data) {
        Grid g = new Grid(style, 1.3f, 1.3f, 2.2f, 3.2f);
        g.heading(text.get("form.section.household"));
        g.column(text.get("form.name")).column(text.get("form.member.relation")).column(text.get("form.idNumber"))
                .column(text.get("form.member.note"));
        List<Member> members = data.household();
        if (members.isEmpty()) {
            g.text(text.get("form.noMembers"), 4);
        }
        for (Member m : members) {
            g.centred(or(text, m.name())).centred(or(text, m.relation()))
                    .centred(or(text, data.idDisplay().show(m.idNumber()))).text(m.note() == null ? "" : m.note());
        }
        return g;
    }

    static Grid bank(FormStyle style, PrintText text, ApplicationFormData data) {
        BankAccount b = data.bank();
        Grid g = new Grid(style, 1.05f, 2.75f, 0.75f, 2.35f, 0.75f, 0.85f);
        g.heading(text.get("form.section.bank"));
        g.label(text.get("form.bank")).text(b == null ? "" : or(text, b.bank()));
        g.label(text.get("form.account")).text(b == null ? "" : or(text, b.number()));
        g.label(text.get("form.holder")).text(b == null ? "" : or(text, b.holder()));
        return g;
    }

    static Grid bills(FormStyle style, PrintText text, ApplicationFormData data) {
        Grid g = new Grid(style, 0.55f, 2.3f, 1.55f, 1.15f, 1.15f, 1.15f, 1.1f, 1.1f, 1.1f);
        g.heading(text.get("form.section.bills"));
        for (String k : List.of("no", "hospital", "dates", "total", "compliant", "basic", "criticalIllness", "assistance",
                "selfPay")) {
            g.column(text.get("form.bill." + k));
        }
        int i = 1;
        for (FormBill b : data.bills()) {
            g.centred(String.valueOf(i++)).text(or(text, b.hospital())).centred(dates(b.admitted(), b.discharged()));
            g.amount(b.total()).amount(b.compliant()).amount(b.basic()).amount(b.criticalIllness()).amount(b.assistance())
                    .amount(b.selfPay());
        }
        g.label(text.get("form.bill.sum"), 3);
        List<Function<FormBill, BigDecimal>> columns = List.of(FormBill::total, FormBill::compliant, FormBill::basic,
                FormBill::criticalIllness, FormBill::assistance, FormBill::selfPay);
        columns.forEach(c -> g.amount(sum(data.bills(), c)));
        BigDecimal assistance = sum(data.bills(), FormBill::assistance);
        g.strong(text.format("form.assistanceCapitals", FormStyle.yuan(assistance), ChineseCapitals.of(assistance)), 9);
        // ADR 0031: the amount applied for beside the reviewed figures above it
        g.strong(data.requested() == null ? text.format("form.requestedLine", text.get("form.blank"), "")
                : text.format("form.requestedLine", FormStyle.yuan(data.requested()), ChineseCapitals.of(data.requested())), 9);
        return g;
    }

    static Grid statement(FormStyle style, PrintText text, ApplicationFormData data) {
        Grid g = new Grid(style, 1.05f, 7.45f);
        g.label(text.get("form.statement"));
        var cell = g.cell(data.statement() == null ? "" : data.statement(), style.value, Element.ALIGN_LEFT, 1);
        cell.setMinimumHeight(44 * style.scale());
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        g.cell(cell);
        g.label(text.get("form.applicantSign"));
        g.text(text.format("form.signLine", or(text, data.applicant().name()),
                data.stages().applied().date()));
        return g;
    }

    static BigDecimal sum(List<FormBill> bills, Function<FormBill, BigDecimal> column) {
        return bills.stream().map(column).map(v -> v == null ? Money.ZERO : v).reduce(Money.ZERO, BigDecimal::add);
    }

    private static String dates(LocalDate admitted, LocalDate discharged) {
        if (admitted == null || discharged == null || admitted.equals(discharged)) {
            return String.valueOf(discharged != null ? discharged : admitted);
        }
        return admitted + "\n" + discharged;
    }

    private static String or(PrintText text, String s) {
        return SlipHeader.orNotGiven(text, s);
    }
}
