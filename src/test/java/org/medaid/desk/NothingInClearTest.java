package org.medaid.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.access.LoginResult;
import org.medaid.access.StoreAccess;
import org.medaid.backup.BackupService;
import org.medaid.desk.common.DeskServices;
import org.medaid.sample.SampleScenario;
import org.medaid.desk.task.TaskProgress;
import org.medaid.identity.PolicyArea;
import org.medaid.store.Database;
import org.medaid.users.AuthService;

/**
 * The "done when" of ADR 0033: the sample township loaded through the desk's own path (new store at
 * first run, administrator, sample people and their year of bills, a backup), and then no name, ID
 * number or bank account of it is found in the bytes of any file in the data folder or the backup
 * (the zip's entries scanned unpacked too), as `strings` would look for them.
 */
class NothingInClearTest {

    @TempDir
    Path dir;

    private static final TaskProgress SILENT = new TaskProgress() {
        @Override
        public void update(long done, long total) {
        }

        @Override
        public void message(String text) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    @Test
    void noNameIdNumberOrBankAccountOfTheSampleTownshipIsInAnyFileOnDisk() throws Exception {
        Clock clock = Clock.systemDefaultZone();
        Path data = dir.resolve("data");
        List<String> secrets;
        Path backup;
        StoreAccess access = new StoreAccess(data, clock);
        try (Database db = access.createNew()) {
            new AuthService(db, clock).createFirstAdministrator("admin", "管理员", "lanshan-desk-7".toCharArray());
            DeskServices services = DeskServices.over(db, clock);
            SampleScenario.Loaded loaded = SampleScenario.of("371321", java.time.LocalDate.now(clock), org.medaid.model.WorkingDays.WEEKENDS_ONLY)
                    .load(db, services.policies(), org.medaid.model.WorkingDays.WEEKENDS_ONLY, clock);
            int people = loaded.people();
            int bills = loaded.bills();
            assertTrue(people >= 200 && bills > 0, people + " people, " + bills + " bills");
            secrets = secrets(db);
            backup = new BackupService(clock, "test").backup(db, dir.resolve("backups"), "medaid").file();
        }
        LoginResult.LoggedIn again = (LoginResult.LoggedIn) new StoreAccess(data, clock).login("admin", "lanshan-desk-7".toCharArray());
        again.database().close();
        assertTrue(secrets.size() > 600, "names, ID numbers and accounts to look for: " + secrets.size());
        List<String> found = new ArrayList<>();
        for (Path file : files(dir)) {
            scan(file.toString(), Files.readAllBytes(file), secrets, found);
        }
        try (ZipFile z = new ZipFile(backup.toFile())) {
            for (ZipEntry e : java.util.Collections.list(z.entries())) {
                scan(backup + "!" + e.getName(), z.getInputStream(e).readAllBytes(), secrets, found);
            }
        }
        assertEquals(List.of(), found);
    }

    private static List<String> secrets(Database db) {
        return db.read(c -> {
            List<String> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT name, id_number, bank_account FROM person")) {
                while (rs.next()) {
                    for (int i = 1; i <= 3; i++) {
                        String v = rs.getString(i);
                        if (v != null && v.strip().length() >= 2) {
                            out.add(v.strip());
                        }
                    }
                }
            }
            return out;
        });
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).toList();
        }
    }

    /**
     * UTF-8 and H2's own page form always (H2 writes a string into its pages like UTF-8 but without the continuation
     * marks, {@link org.medaid.Bytes#h2Page}; a two-character Chinese name is 6 bytes either way); UTF-16 only for
     * strings of 8 bytes or more: a 4-byte pattern turns up by chance in a few MB of ciphertext (600 names
     * × 2 byte orders × 5 MB / 2^32 ≈ 1), which would be a false alarm, not a leak.
     */
    private static void scan(String where, byte[] bytes, List<String> secrets, List<String> found) {
        String utf8 = new String(bytes, StandardCharsets.ISO_8859_1);
        for (String s : secrets) {
            List<byte[]> forms = new ArrayList<>(List.of(s.getBytes(StandardCharsets.UTF_8), org.medaid.Bytes.h2Page(s)));
            if (s.length() >= 4) {
                forms.add(s.getBytes(StandardCharsets.UTF_16BE));
                forms.add(s.getBytes(StandardCharsets.UTF_16LE));
            }
            for (byte[] form : forms) {
                if (utf8.contains(new String(form, StandardCharsets.ISO_8859_1))) {
                    found.add(s + " in " + where);
                    break;
                }
            }
        }
    }
}
