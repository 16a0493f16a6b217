package org.medaid.watch;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.medaid.bills.TestDesk;
import org.medaid.ledger.LedgerService;
import org.medaid.model.Category;
import org.medaid.session.Role;
import org.medaid.session.Session;
import org.medaid.session.TestSessions;
import org.medaid.store.People;
import org.medaid.store.PersonRecord;

/** A desk for the watch-list tests: today is 2024-12-20; a clerk and a township reviewer. */
public final class WatchDesk implements AutoCloseable {

    public static final String GUANGXI = "450102";
    public static final String CHAOZHOU = "445102";

    public final TestDesk desk;
    public final LedgerService ledger;
    public final WatchStore store;
    public final WatchLists lists;
    public final Session clerk;
    public final Session reviewer;
    private int sequence = 500;

    public WatchDesk(Path dir) {
        desk = new TestDesk(dir);
        ledger = new LedgerService(desk.db, desk.people, desk.bills, desk.calculator, desk.clock);
        store = new WatchStore(desk.db, desk.clock);
        lists = new WatchLists(desk.db, desk.people, ledger, store, desk.calculator::registry);
        clerk = desk.as("clerk");
        reviewer = TestSessions.as(desk.db, "reviewer", Role.TOWNSHIP_REVIEWER);
    }

    public PersonRecord person(String name, String region, String village, Category... categories) {
        return desk.person(name, region, village, categories);
    }

    public PersonRecord member(String name, String region, PersonRecord head) {
        return desk.people.enrol(People.member(name, People.id(region, 1990, sequence++), head.village(), head.id(), "子女"),
                List.of(), clerk);
    }

    /** An inpatient stay with the basic payment as settled and no critical-illness payment. */
    public void stay(PersonRecord p, LocalDate discharged, String total, String outOfCatalog, String basic) {
        desk.bills.add(TestDesk.stay(p.id(), discharged, total, outOfCatalog, basic, "0.00"), clerk);
    }

    @Override
    public void close() {
        desk.close();
    }
}
