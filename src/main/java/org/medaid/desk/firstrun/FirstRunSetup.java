package org.medaid.desk.firstrun;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import org.medaid.backup.CountyFile;
import org.medaid.backup.CountyPolicies;
import org.medaid.settings.DeskSettings;
import org.medaid.desk.task.TaskProgress;
import org.medaid.model.WorkingDays;
import org.medaid.policy.WorkingCalendar;
import org.medaid.sample.SampleScenario;
import org.medaid.store.Database;
import org.medaid.users.AuthService;
import org.medaid.users.User;

/**
 * Writes what the first run collected, on the worker thread, in an order that never leaves a desk
 * without its first run: the county's policy copy and the county first (files, each replaced atomically,
 * harmless to write again), then the administrator (one transaction; from then on the store has users
 * and the first run is over), then the sample township if chosen (people, two years of bills, cases: one transaction).
 */
public final class FirstRunSetup {

    /** What was written: the administrator, the county's policy file (null when nothing was confirmed), the sample's size. */
    public record Outcome(User administrator, Path policyFile, int samplePeople, int sampleBills) {
    }

    private final Database db;
    private final Clock clock;
    private final DeskSettings settings;
    private final String confirmedBy;

    /** {@code confirmedBy} is the source suffix of a confirmed figure, dated (县医保局确认 2026-11-23). */
    public FirstRunSetup(Database db, Clock clock, DeskSettings settings, String confirmedBy) {
        this.db = db;
        this.clock = clock;
        this.settings = settings;
        this.confirmedBy = confirmedBy;
    }

    public Outcome apply(FirstRunPlan plan, TaskProgress progress) {
        int steps = plan.loadSample() ? 4 : 3;
        progress.update(0, steps);
        Path policyFile = null;
        if (!plan.decisions().isEmpty()) {
            policyFile = new CountyPolicies(db.folder()).confirm(plan.policy(), plan.decisions(), confirmedBy);
        }
        progress.update(1, steps);
        CountyFile.write(db.folder(), new CountyFile.County(plan.county().code(), plan.county().fullName(), plan.policy().id(),
                LocalDate.now(clock).toString()));
        settings.setArea(plan.area());
        progress.update(2, steps);
        User admin;
        try {
            admin = new AuthService(db, clock).createFirstAdministrator(plan.login(), plan.displayName(), plan.password());
        } finally {
            Arrays.fill(plan.password(), '\0');
        }
        progress.update(3, steps);
        int people = 0;
        int bills = 0;
        if (plan.loadSample()) {
            // the county's township as it stands today, computed with the county's figures just confirmed
            WorkingDays days = WorkingCalendar.forDataFolder(db.folder());
            SampleScenario.Loaded loaded = SampleScenario.of(plan.county().code(), LocalDate.now(clock), days).load(db,
                    new CountyPolicies(db.folder()).registry(), days, clock);
            people = loaded.people();
            bills = loaded.bills();
            progress.update(steps, steps);
        }
        return new Outcome(admin, policyFile, people, bills);
    }
}
