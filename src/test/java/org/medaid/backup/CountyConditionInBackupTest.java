package org.medaid.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.access.LoginResult;
import org.medaid.access.StoreAccess;
import org.medaid.insurance.CountyCondition;
import org.medaid.insurance.CountyConditions;
import org.medaid.policy.PolicyRegistry;
import org.medaid.session.Session;
import org.medaid.session.TestSessions;
import org.medaid.store.Database;
import org.medaid.users.AuthService;
import org.medaid.users.User;

/**
 * The county's decision on insurance as a condition (ADR 0098) travels with the county's figures (ADR 0070): both are in
 * the backup's encrypted database, not in clear; an in-place restore brings back the backup's decision and figures
 * together, and a restore on a new PC brings both at the first login. Real encrypted H2 stores in temporary folders.
 */
class CountyConditionInBackupTest {

    private static final char[] ADMIN = "lanshan-admin-7".toCharArray();
    private static final OffsetDateTime AT = OffsetDateTime.of(2025, 12, 1, 9, 0, 0, 0, ZoneOffset.ofHours(8));
    private static final String DOC = "新邵医保发〔2023〕12号";

    @TempDir
    Path dir;

    private final Clock clock = Clock.systemDefaultZone();

    private Session desk(Path folder) {
        try (Database db = new StoreAccess(folder, clock).createNew()) {
            User u = new AuthService(db, clock).createFirstAdministrator("admin", "管理员", ADMIN.clone());
            return TestSessions.of(u.id(), u.login(), u.roles());
        }
    }

    private Database login(Path folder) {
        LoginResult r = new StoreAccess(folder, clock).login("admin", ADMIN.clone());
        return assertInstanceOf(LoginResult.LoggedIn.class, r, String.valueOf(r)).database();
    }

    private CountyConditions conditions(Database db) {
        return new CountyConditions(db, PolicyRegistry::bundled, clock);
    }

    private static void contribution(Path folder, String value) {
        new CountyFigures(folder).set(new CountyFigure("shaoyang-2021", "premium.contribution.2026", new BigDecimal(value),
                "管理员 admin", AT, "新邵医保发〔2025〕20号"));
    }

    private static BigDecimal contribution(Path folder) {
        return new CountyFigures(folder).all().stream().filter(f -> f.figure().equals("premium.contribution.2026"))
                .map(CountyFigure::value).findFirst().orElse(null);
    }

    private Path backup(Path folder) {
        try (Database db = login(folder)) {
            return new BackupService(clock, "test").backup(db, dir.resolve("usb"), "medaid").file();
        }
    }

    @Test
    void anInPlaceRestoreBringsBackTheDecisionOfTheBackupWithItsFigures() throws Exception {
        Path desk = dir.resolve("desk");
        Session admin = desk(desk);
        contribution(desk, "400");
        long first;
        try (Database db = login(desk)) {
            first = conditions(db).record("shaoyang-2021", false, DOC, "第三条", "未参保的困难群众不影响其申请医疗救助", 0, admin).id();
        }
        Path zip = backup(desk);
        assertEquals(java.util.List.of(), org.medaid.Bytes.entriesWithText(zip, DOC), "the decision's document is in clear in the backup");
        assertEquals(java.util.List.of(), org.medaid.Bytes.entriesWithText(zip, "不影响其申请医疗救助"), "the decision is in clear in the backup");

        contribution(desk, "520");
        try (Database db = login(desk)) {
            conditions(db).record("shaoyang-2021", true, "新邵医保发〔2024〕5号", "第二条", "须已参加基本医疗保险", first, admin);
            new RestoreService(new BackupService(clock, "test"), clock).stage(db, zip, dir.resolve("safety"));
        }
        assertTrue(RestoreService.applyPending(desk));
        try (Database db = login(desk)) {
            List<CountyCondition> history = conditions(db).history("shaoyang-2021");
            assertEquals(1, history.size(), "the store as backed up: the later decision was made after the backup");
            assertFalse(history.get(0).required());
            assertEquals(DOC, history.get(0).document());
        }
        assertEquals(new BigDecimal("400"), contribution(desk), "the figures of the same backup came back with it");
    }

    @Test
    void aRestoreOnANewPcBringsTheDecisionAndTheFigures() throws Exception {
        Path old = dir.resolve("old");
        Session admin = desk(old);
        contribution(old, "400");
        try (Database db = login(old)) {
            conditions(db).record("shaoyang-2021", true, DOC, "第三条", "医疗救助对象须已参加城乡居民基本医疗保险", 0, admin);
        }
        Path zip = backup(old);

        Path pc2 = dir.resolve("pc2");
        new StoreAccess(pc2, clock).restoreFromBackup(zip, "admin", ADMIN.clone(), "test");
        try (Database db = login(pc2)) {
            CountyCondition c = conditions(db).current("shaoyang-2021").orElseThrow();
            assertTrue(c.required());
            assertEquals(DOC + " 第三条「医疗救助对象须已参加城乡居民基本医疗保险」", c.citation());
        }
        assertEquals(new BigDecimal("400"), contribution(pc2));
    }
}
