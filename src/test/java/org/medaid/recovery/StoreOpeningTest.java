package org.medaid.recovery;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.backup.BackupService;
import org.medaid.backup.RestoreService;
import org.medaid.bills.TestDesk;
import org.medaid.model.Category;
import org.medaid.store.Database;
import org.medaid.store.StoreCheck;

/** A damaged store file is found at open, kept aside untouched, and the newest verified backup is offered (ADR 0030). */
class StoreOpeningTest {

    @TempDir
    Path dir;
    Path data;
    Path backups;
    StoreOpening opening;

    @BeforeEach
    void store() {
        data = dir.resolve("data");
        backups = dir.resolve("backups");
        try (TestDesk desk = new TestDesk(data)) {
            for (int i = 0; i < 40; i++) {
                var p = desk.person("陈" + i, TestDesk.SHAOYANG, "石门村", Category.MARGINAL);
                desk.bills.add(TestDesk.stay(p.id(), LocalDate.of(2024, 11, 20), "30000.00", "2000.00", "15000.00", "0.00"), desk.as("clerk"));
            }
            new BackupService(Clock.systemDefaultZone(), "test").backup(desk.db, backups, "medaid");
        }
        opening = new StoreOpening(backups, List.of(), Clock.systemDefaultZone());
    }

    private Path file() {
        return data.resolve("medaid.mv.db");
    }

    @Test
    void aSoundStoreOpens() {
        try (Database db = opening.open(data, Database::open)) {
            assertEquals(40, count(db, "person"));
        }
    }

    @Test
    void aTruncatedStoreIsRefusedKeptAsideAndTheBackupOffered() throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file().toFile(), "rw")) {
            f.setLength(f.length() / 3);
        }
        assertRefusedAndRestorable();
    }

    @Test
    void aStoreWithGarbageInsideIsRefused() throws IOException {
        byte[] bytes = Files.readAllBytes(file());
        Random random = new Random(8);
        for (int i = 4096; i < bytes.length; i += 512) {
            bytes[i + random.nextInt(256)] ^= (byte) (1 + random.nextInt(255));
        }
        Files.write(file(), bytes);
        assertRefusedAndRestorable();
    }

    @Test
    void anOlderCopyPutInPlaceOfTheStoreIsRefusedByItsTipMarker() throws IOException {
        // an older file reads as a complete store: only the tip marker of the last session tells it apart
        byte[] older = Files.readAllBytes(file());
        try (TestDesk desk = new TestDesk(data)) {
            desk.person("新登记", TestDesk.LINYI, "石门村", Category.MARGINAL);
        }
        Files.write(file(), older);
        DamagedStoreException e = assertThrows(DamagedStoreException.class, () -> opening.open(data, Database::open));
        assertTrue(e.getMessage().contains("older than the desk left it"), e.getMessage());
        assertArrayEquals(older, Files.readAllBytes(file()), "the refused file is left as it was");
        assertNotNull(e.keptAside());
        opening.restore(data, e.newestBackup().orElseThrow());
        RestoreService.applyPending(data);
        try (Database db = opening.open(data, Database::open)) {
            assertEquals(40, count(db, "person"), "a restore replaces the store on purpose: its marker goes with it");
        }
    }

    @Test
    void anotherDesksLargerStorePutInPlaceIsRefused() throws IOException {
        Path other = dir.resolve("other");
        try (TestDesk desk = new TestDesk(other)) {
            for (int i = 0; i < 60; i++) {
                desk.person("王" + i, TestDesk.SHAOYANG, "石门村", Category.MARGINAL);
            }
        }
        Files.copy(other.resolve("medaid.mv.db"), file(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        DamagedStoreException e = assertThrows(DamagedStoreException.class, () -> opening.open(data, Database::open));
        assertTrue(e.getMessage().contains("not the one the desk left"), e.getMessage());
    }

    @Test
    void aGarbledTipMarkerIsIgnoredAndReplacedNotTakenForDamage() throws IOException {
        Path marker = data.resolve(org.medaid.store.StoreTip.FILE);
        for (String garbled : new String[] {"medaid-tip 2 12 9 zz\n", "hello", "", "medaid-tip 2 -4 1 "
                + "a".repeat(64), "\u0000\u00ff\u0001 garbage"}) {
            Files.writeString(marker, garbled, java.nio.charset.StandardCharsets.ISO_8859_1);
            try (Database db = opening.open(data, Database::open)) {
                assertEquals(40, count(db, "person"), "a sound store opens whatever its marker holds: " + garbled);
            }
            assertTrue(org.medaid.store.StoreTip.read(data).isPresent(), "the open wrote a good marker again");
        }
        // and the good marker it wrote still catches an older copy put in place afterwards
        byte[] older = Files.readAllBytes(file());
        try (TestDesk desk = new TestDesk(data)) {
            desk.person("新登记", TestDesk.LINYI, "石门村", Category.MARGINAL);
        }
        Files.write(file(), older);
        assertThrows(DamagedStoreException.class, () -> opening.open(data, Database::open));
    }

    @Test
    void anOpenThatMigratesNothingLeavesNoCopyBehind() {
        try (Database db = opening.open(data, Database::open)) {
            assertEquals(40, count(db, "person"));
        }
        assertTrue(Files.notExists(data.resolve("medaid.mv.db.opening")));
        assertTrue(Files.isRegularFile(data.resolve(org.medaid.store.StoreTip.FILE)), "the open wrote its tip marker");
    }

    @Test
    void aFailingVerifierRefusesTheStore() {
        StoreCheck.Verifier chain = new StoreCheck.Verifier() {
            @Override
            public String name() {
                return "audit chain";
            }

            @Override
            public void verify(org.medaid.store.Tx c) {
                throw new IllegalStateException("row 7 does not follow row 6");
            }
        };
        DamagedStoreException e = assertThrows(DamagedStoreException.class,
                () -> new StoreOpening(backups, List.of(chain), Clock.systemDefaultZone()).open(data, Database::open));
        assertTrue(e.getMessage().contains("audit chain failed: row 7"), e.getMessage());
    }

    private void assertRefusedAndRestorable() throws IOException {
        byte[] damaged = Files.readAllBytes(file());
        DamagedStoreException e = assertThrows(DamagedStoreException.class, () -> opening.open(data, Database::open));
        assertArrayEquals(damaged, Files.readAllBytes(file()), "the damaged file is left as it was");
        assertNotNull(e.keptAside(), "a copy is kept for support");
        assertArrayEquals(damaged, Files.readAllBytes(e.keptAside()));
        DamagedStoreException.Backup backup = e.newestBackup().orElseThrow();
        assertTrue(backup.file().startsWith(backups));

        opening.restore(data, backup);
        assertTrue(RestoreService.isPending(data));
        RestoreService.applyPending(data);
        try (Database db = opening.open(data, Database::open)) {
            assertEquals(40, count(db, "person"));
            assertEquals(40, count(db, "bill"));
        }
        assertArrayEquals(damaged, Files.readAllBytes(e.keptAside()), "the copy for support outlives the restore");
    }

    private static long count(Database db, String table) {
        return db.read(c -> {
            try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
