package org.medaid.sample;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.medaid.bills.CalcPerson;
import org.medaid.calc.Calculator;
import org.medaid.calc.CaseResult;
import org.medaid.model.Bill;
import org.medaid.model.CaseFile;
import org.medaid.model.Labels;
import org.medaid.policy.PolicyRegistry;

/**
 * The short tour of a sample township: which sample people show what, for the first-run page.
 * Built from the scenario's plan; the tests check each claim against the store, the calculator and the workflow.
 */
public final class SampleTour {

    private static final String BUNDLE = "org.medaid.sample.tour";

    private SampleTour() {
    }

    static List<TourStop> of(List<SamplePerson> people, List<SampleBills.SampleBill> bills, List<SampleScenario.SampleCase> cases,
            SampleYears years, PolicyRegistry policies) {
        Map<String, SamplePerson> byId = new LinkedHashMap<>();
        people.forEach(p -> byId.put(p.person().idNumber(), p));
        int year = years.year();
        List<TourStop> out = new ArrayList<>();
        // the person with the most everyday bills this year: the easiest way into a ledger
        Map<String, Integer> everyday = new LinkedHashMap<>();
        bills.stream().filter(b -> b.purpose().equals(SampleBills.EVERYDAY) && b.settled().getYear() == year)
                .forEach(b -> everyday.merge(b.idNumber(), 1, Integer::sum));
        everyday.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(
                Comparator.reverseOrder()))).ifPresent(e -> out.add(new TourStop(TourStop.BILLS, byId.get(e.getKey()), year,
                        e.getValue(), null)));
        // the first person whose stays reach a cap this year, as the calculator computes it
        bills.stream().filter(b -> b.purpose().equals(SampleBills.CAP)).map(SampleBills.SampleBill::idNumber).distinct()
                .filter(id -> reachesCap(byId.get(id), bills, year, policies)).limit(1)
                .forEach(id -> out.add(new TourStop(TourStop.CAP, byId.get(id), year, 0, null)));
        for (SampleScenario.SampleCase k : cases) {
            out.add(new TourStop(TourStop.STAGE, byId.get(k.idNumber()), year, 0, k.stage()));
        }
        return out;
    }

    /** Whether the person's bills of {@code year} reach the cap of a tier (a track with a cap and nothing left of it). */
    static boolean reachesCap(SamplePerson person, List<SampleBills.SampleBill> bills, int year, PolicyRegistry policies) {
        List<Bill> model = new ArrayList<>();
        for (SampleBills.SampleBill b : bills) {
            if (b.idNumber().equals(person.person().idNumber()) && b.settled().getYear() == year) {
                model.add(b.draft(0).normalized().toModel("sample-" + model.size(), null));
            }
        }
        if (model.isEmpty()) {
            return false;
        }
        CaseResult result = new Calculator(policies).calculate(new CaseFile(CalcPerson.of(person.person(), person.categories()),
                model, null));
        return result.bills().stream().flatMap(r -> r.tracks().stream())
                .anyMatch(t -> t.cap() != null && t.capLeft().signum() == 0);
    }

    /** The tour as lines of text in {@code locale} (Chinese first, English second), the ledger year's note first. */
    public static List<String> lines(SampleScenario scenario, Locale locale) {
        ResourceBundle text = ResourceBundle.getBundle(BUNDLE, locale, Labels.NO_FALLBACK);
        List<String> out = new ArrayList<>();
        SampleYears years = scenario.years();
        out.add(years.policyEnded()
                ? MessageFormat.format(text.getString("tour.year.ended"), String.valueOf(years.year()), years.day().toString())
                : MessageFormat.format(text.getString("tour.year"), String.valueOf(years.year())));
        if (scenario.cases().isEmpty()) {
            out.add(MessageFormat.format(text.getString("tour.noCalendar"), String.valueOf(years.today().getYear())));
        }
        for (TourStop s : scenario.tour()) {
            String who = MessageFormat.format(text.getString("tour.who"), s.person().person().village(), s.person().person().name());
            String what = switch (s.kind()) {
                case TourStop.BILLS -> MessageFormat.format(text.getString("tour.bills"), String.valueOf(s.year()), s.count());
                case TourStop.CAP -> MessageFormat.format(text.getString("tour.cap"), String.valueOf(s.year()));
                default -> text.getString("tour.stage." + s.stage().name());
            };
            out.add(MessageFormat.format(text.getString("tour.line"), who, what));
        }
        return out;
    }
}
