package org.medaid.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.access.LoginResult;
import org.medaid.access.StoreAccess;
import org.medaid.store.Database;
import org.medaid.users.AuthService;

/**
 * The county's confirmed figures (设置 › 县级参数) travel inside the backup (ADR 0070): in the encrypted
 * database, under the manifest and MAC; an in-place restore and a restore on a new PC bring them back at the
 * first login; a backup without them (made before V79) leaves the data folder's figures as they were.
 * Real encrypted H2 stores in temporary folders.
 */
class CountyFiguresInBackupTest {

    private static final char[] ADMIN = "lanshan-admin-7".toCharArray();
    private static final OffsetDateTime AT = OffsetDateTime.of(2025, 12, 1, 9, 0, 0, 0, ZoneOffset.ofHours(8));
    private static final String DOCUMENT = "临医保发〔2025〕20号";

    @TempDir
    Path dir;

    private final Clock clock = Clock.systemDefaultZone();

    private void desk(Path folder) {
        try (Database db = new StoreAccess(folder, clock).createNew()) {
            new AuthService(db, clock).createFirstAdministrator("admin", "管理员", ADMIN.clone());
        }
    }

    private Database login(Path folder) {
        LoginResult r = new StoreAccess(folder, clock).login("admin", ADMIN.clone());
        return assertInstanceOf(LoginResult.LoggedIn.class, r, String.valueOf(r)).database();
    }

    private static void contribution(Path folder, String value) {
        new CountyFigures(folder).set(new CountyFigure("linyi-2022", "premium.contribution.2026", new BigDecimal(value),
                "管理员 admin", AT, DOCUMENT));
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
    void anInPlaceRestoreBringsBackTheFiguresOfTheBackupAndKeepsTheReplacedOnes() throws Exception {
        Path desk = dir.resolve("desk");
        desk(desk);
        contribution(desk, "400");
        Path zip = backup(desk);
        assertEquals(java.util.List.of(), org.medaid.Bytes.entriesWithText(zip, DOCUMENT), "the figures' document is in clear in the backup");
        assertEquals(java.util.List.of(), org.medaid.Bytes.entriesWithText(zip, "premium.contribution"), "the figures are in clear");

        contribution(desk, "520");
        try (Database db = login(desk)) {
            new RestoreService(new BackupService(clock, "test"), clock).stage(db, zip, dir.resolve("safety"));
        }
        assertTrue(RestoreService.applyPending(desk));
        assertTrue(Files.exists(desk.resolve(CountyFiguresCopy.RESTORED)), "the restore waits for the first open");
        assertEquals(new BigDecimal("520"), contribution(desk), "nothing changes before the restored store opens");

        login(desk).close();
        assertEquals(new BigDecimal("400"), contribution(desk), "the backup's figure is back");
        assertFalse(Files.exists(desk.resolve(CountyFiguresCopy.RESTORED)));
        assertTrue(Files.readString(desk.resolve(CountyFiguresCopy.BEFORE_RESTORE)).contains("520"),
                "the figures the restore replaced are kept aside");
        new CountyFigures(desk).registry(); // the restored layer still loads over the bundled policies

        login(desk).close();
        assertEquals(new BigDecimal("400"), contribution(desk), "a later open changes nothing");
    }

    @Test
    void aRestoreOnANewPcBringsTheFiguresAndABackupWithoutAnyRemovesNone() throws Exception {
        Path old = dir.resolve("old");
        desk(old);
        contribution(old, "400");
        Path zip = backup(old);

        Path pc2 = dir.resolve("pc2");
        new StoreAccess(pc2, clock).restoreFromBackup(zip, "admin", ADMIN.clone(), "test");
        assertEquals(null, contribution(pc2), "not before the first login");
        login(pc2).close();
        assertEquals(new BigDecimal("400"), contribution(pc2));
        assertTrue(new CountyFigures(pc2).all().get(0).document().equals(DOCUMENT));
    }

    @Test
    void aBackupFromBeforeTheCopyLeavesTheFiguresAsTheyWereAndSaysSo() throws Exception {
        // a store restored from a backup made before V79 opens migrated, its copy table empty: that state, by hand
        Path desk = dir.resolve("desk");
        desk(desk);
        contribution(desk, "400");
        CountyFiguresCopy.markRestored(desk);
        try (Database db = login(desk)) {
            assertEquals(new BigDecimal("400"), contribution(desk), "the data folder's figures stay");
            assertFalse(Files.exists(desk.resolve(CountyFiguresCopy.RESTORED)), "the marker is used once");
        }
        try (Database db = login(desk)) {
            Files.writeString(desk.resolve(CountyFiguresCopy.RESTORED), "");
            assertEquals(CountyFiguresCopy.Outcome.NOT_IN_BACKUP, CountyFiguresCopy.afterOpen(db));
            assertEquals(new BigDecimal("400"), contribution(desk));
            assertEquals(CountyFiguresCopy.Outcome.NO_RESTORE, CountyFiguresCopy.afterOpen(db));
        }
    }

    @Test
    void aBackupWhoseFiguresWereChangedIsRefused() throws Exception {
        Path desk = dir.resolve("desk");
        desk(desk);
        contribution(desk, "400");
        Path zip = backup(desk);
        // flip one byte in the database entry, where the copy of the figures is kept; the zip stays well formed
        Path forged = dir.resolve("forged.zip");
        try (ZipFile in = new ZipFile(zip.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(forged))) {
            for (var e = in.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                byte[] data;
                try (InputStream s = in.getInputStream(entry)) {
                    data = s.readAllBytes();
                }
                if (entry.getName().equals(BackupFiles.DATABASE)) {
                    data[data.length / 2] ^= 0x5a;
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(data);
                out.closeEntry();
            }
        }
        Path pc2 = dir.resolve("pc2");
        BackupException e = assertThrows(BackupException.class,
                () -> new StoreAccess(pc2, clock).restoreFromBackup(forged, "admin", ADMIN.clone(), "test"));
        assertTrue(e.problem() == BackupProblem.TAMPERED || e.problem() == BackupProblem.DAMAGED, e.problem().name());
        assertFalse(Files.exists(pc2.resolve(CountyFigures.FILE)));
    }
}
