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
final class WatchDesk implements AutoCloseable {

    static final String GUANGXI = "450102";
    static final String CHAOZHOU = "445102";

    final TestDesk desk;
    final LedgerService ledger;
    final WatchStore store;
    final WatchLists lists;
    final Session clerk;
    final Session reviewer;
    private int sequence = 500;

    WatchDesk(Path dir) {
        desk = new TestDesk(dir);
        ledger = new LedgerService(desk.db, desk.people, desk.bills, desk.calculator, desk.clock);
        store = new WatchStore(desk.db, desk.clock);
        lists = new WatchLists(desk.db, desk.people, ledger, store, desk.calculator::registry);
        clerk = desk.as("clerk");
        reviewer = TestSessions.as(desk.db, "reviewer", Role.TOWNSHIP_REVIEWER);
    }

    PersonRecord person(String name, String region, String village, Category... categories) {
        return desk.person(name, region, village, categories);
    }

    PersonRecord member(String name, String region, PersonRecord head) {
        return desk.people.enrol(People.member(name, People.id(region, 1990, sequence++), head.village(), head.id(), "子女"),
                List.of(), clerk);
    }

    /** An inpatient stay with the basic payment as settled and no critical-illness payment. */
    void stay(PersonRecord p, LocalDate discharged, String total, String outOfCatalog, String basic) {
        desk.bills.add(TestDesk.stay(p.id(), discharged, total, outOfCatalog, basic, "0.00"), clerk);
    }

    @Override
    public void close() {
        desk.close();
    }
}
