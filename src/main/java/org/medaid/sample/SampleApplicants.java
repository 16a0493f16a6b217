package org.medaid.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.medaid.bills.CalcPerson;
import org.medaid.calc.HeldCategories;
import org.medaid.model.BillKind;
import org.medaid.model.Category;
import org.medaid.model.Person;
import org.medaid.policy.Group;
import org.medaid.policy.Policy;
import org.medaid.policy.PolicyRegistry;
import org.medaid.policy.TopUp;
import org.medaid.policy.Track;

/**
 * Who may be a sample applicant (issue 11 item 5): a person whose categories, held on every day the sample's bills
 * can fall on, put them in a group of the area's own policy that assists a hospital stay, asked of the policy as the
 * calculator asks it (first matching group, {@link HeldCategories} timing). The rank says how well the person shows a
 * case on application: 0 a group (or 倾斜救助) the policy pays on application, 1 an assisted group of a category
 * commonly assisted on application (低保边缘, 监测户 …), 2 any other assisted group; empty when the policy assists none
 * of their categories (Linyi's 支出型困难人口: "另行制定"), so that no sample case computes to nothing.
 */
final class SampleApplicants {

    /** Categories commonly assisted on application: preferred where the policy pays no group on application. */
    static final Set<Category> COMMONLY_ON_APPLICATION = Set.of(Category.MARGINAL, Category.MONITORED_UNSTABLE,
            Category.MONITORED_MARGINAL, Category.MONITORED_SUDDEN, Category.EXPENDITURE_HARDSHIP, Category.LOW_INCOME_ASSISTED);

    private SampleApplicants() {
    }

    /** The person's rank on every first of a month from {@code from} to {@code to} and on {@code to}: the worst of them. */
    static Optional<Integer> rank(String county, SamplePerson p, LocalDate from, LocalDate to, PolicyRegistry policies) {
        Person person = CalcPerson.of(p.person(), p.categories());
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = from.withDayOfMonth(1); !d.isAfter(to); d = d.plusMonths(1)) {
            days.add(d.isBefore(from) ? from : d);
        }
        days.add(to);
        int worst = 0;
        for (LocalDate day : days) {
            Optional<Policy> policy = policies.find(county, day);
            if (policy.isEmpty()) {
                return Optional.empty();
            }
            Optional<Integer> r = rankOn(person, day, policy.get());
            if (r.isEmpty()) {
                return Optional.empty();
            }
            worst = Math.max(worst, r.get());
        }
        return Optional.of(worst);
    }

    private static Optional<Integer> rankOn(Person person, LocalDate day, Policy policy) {
        Set<Category> held = HeldCategories.on(day, person.categories(), policy);
        if (held.isEmpty()) {
            return Optional.empty();
        }
        TopUp topUp = policy.reAssistance() == null ? null : policy.reAssistance().topUp();
        boolean topUpOnApplication = topUp != null && topUp.requiresApplication() && held.stream().anyMatch(topUp.categories()::contains);
        Integer best = null;
        for (Track t : policy.assistance()) {
            if (!t.kinds().contains(BillKind.INPATIENT)) {
                continue;
            }
            Group g = firstGroup(t, held, person);
            if (g == null) {
                continue;
            }
            int r = g.onApplication() || g.requiresApplication() || topUpOnApplication ? 0
                    : g.categories().stream().anyMatch(c -> held.contains(c) && COMMONLY_ON_APPLICATION.contains(c)) ? 1 : 2;
            best = best == null ? r : Math.min(best, r);
        }
        return Optional.ofNullable(best);
    }

    /** The first group of the track the person's categories match, as {@code calc.ScheduleTier.match} takes it. */
    private static Group firstGroup(Track t, Set<Category> held, Person person) {
        for (Group g : t.groups()) {
            if (g.insurance() != null && g.insurance() != person.insurance()
                    || !g.requires().isEmpty() && !held.containsAll(g.requires())) {
                continue;
            }
            if (!g.categories().isEmpty() && g.categories().stream().anyMatch(held::contains)) {
                return g;
            }
        }
        return null;
    }
}
