package org.medaid.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.backup.BackupException;
import org.medaid.backup.BackupProblem;
import org.medaid.backup.BackupService;
import org.medaid.desk.common.Texts;
import org.medaid.recovery.StoreOpening;
import org.medaid.security.KeyringWriter;
import org.medaid.session.Role;
import org.medaid.session.TestSessions;
import org.medaid.store.AuditChainBrokenException;
import org.medaid.store.Database;
import org.medaid.store.JdbcPersonStore;
import org.medaid.store.People;
import org.medaid.users.AuthService;
import org.medaid.users.LoginAudit;

/**
 * The recovery code and the restore on a new PC as an attacker tries them (ADR 0054): wrong codes are delayed
 * like wrong passwords (and the delay survives a restart); a backup of another desk, a spliced one, a truncated
 * one, one with a file added and a clerk's password are each refused with one Chinese sentence before anything
 * is written; a restore killed half-way is thrown away or finished at the next start, never half there.
 */
class RecoveryAttackTest {

    private static final char[] ADMIN = "lanshan-admin-7".toCharArray();
    private static final char[] NEW = "qingshan-river-42".toCharArray();
    private static final Texts CHINESE = Texts.load(Locale.SIMPLIFIED_CHINESE);

    @TempDir
    Path dir;

    private Instant now = Instant.parse("2026-12-02T02:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Shanghai");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    private StoreAccess access(Path folder) {
        return new StoreAccess(folder, clock, new StoreOpening(dir.resolve("backups"),
                List.of(AuditChainBrokenException.verifier()), clock));
    }

    /** A desk with an administrator, a clerk and {@code people} people; returns its confirmed recovery code. */
    private String desk(Path folder, int people) {
        try (Database db = access(folder).createNew()) {
            AuthService auth = new AuthService(db, clock);
            auth.createFirstAdministrator("admin", "管理员", ADMIN.clone());
            var admin = auth.login("admin", ADMIN.clone()).orElseThrow();
            auth.createUser(admin, "clerk", "经办员", Set.of(Role.CLERK), "clerk-pass-9a".toCharArray());
            for (int i = 0; i < people; i++) {
                new JdbcPersonStore(db).enrol(People.person("张" + i, People.id("430524", 1960, 13 + i), "石门村"), List.of(),
                        TestSessions.as(db, "clerk"));
            }
            KeyringWriter ring = new KeyringWriter(folder);
            String code = ring.newRecoveryCode(db.key().orElseThrow());
            ring.confirmRecoveryCode(db.key().orElseThrow());
            return code;
        }
    }

    private Path backup(Path folder, String name) {
        LoginResult.LoggedIn in = assertInstanceOf(LoginResult.LoggedIn.class, access(folder).login("admin", ADMIN.clone()));
        try (Database db = in.database()) {
            Path zip = new BackupService(clock, "test").backup(db, dir.resolve("usb-" + name), "medaid").file();
            return zip;
        }
    }

    @Test
    void wrongRecoveryCodesAreDelayedLikeWrongPasswordsAcrossARestartAndAudited() {
        String code = desk(dir, 1);
        String wrong = "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE";
        StoreAccess access = access(dir);
        for (int i = 0; i < 5; i++) {
            assertInstanceOf(LoginResult.Refused.class, access.recoverAdministrator(wrong, "admin", NEW.clone()));
        }
        // a restart does not reset the count: the next try, even with the right code, waits 30 seconds
        StoreAccess restarted = access(dir);
        LoginResult.Waiting waiting = assertInstanceOf(LoginResult.Waiting.class,
                restarted.recoverAdministrator(code, "admin", NEW.clone()));
        assertEquals(now.plusSeconds(30), waiting.until());
        assertInstanceOf(LoginResult.LoggedIn.class, restarted.login("admin", ADMIN.clone()),
                "the code's delay is its own: the administrator's password is not delayed")
                .database().close();
        now = now.plusSeconds(31);
        LoginResult.LoggedIn in = assertInstanceOf(LoginResult.LoggedIn.class,
                access(dir).recoverAdministrator(code, "admin", NEW.clone()));
        try (Database db = in.database()) {
            assertEquals(5, audit(db, "(recovery)", LoginAudit.FAILED), "every wrong code is in the audit trail");
            assertEquals(1, audit(db, "(recovery)", AuthService.RECOVERED));
        }
    }

    @Test
    void foreignSplicedTruncatedPaddedAndClerksBackupsAreRefusedBeforeAnythingIsWritten() throws Exception {
        Path ours = dir.resolve("ours");
        String code = desk(ours, 2);
        Path zip = backup(ours, "ours");
        Path theirs = dir.resolve("theirs");
        String theirCode = desk(theirs, 1);
        Path theirZip = backup(theirs, "theirs");

        Path pc = dir.resolve("pc");
        StoreAccess fresh = access(pc);
        refused(fresh, theirZip, null, code, BackupProblem.WRONG_SECRET, "密码或恢复码不能打开这份备份");
        // their database with our keyring, manifest and MAC: the MAC covers the database
        Path spliced = rewrite(zip, dir.resolve("spliced.zip"), "medaid.mv.db", entry(theirZip, "medaid.mv.db"), null);
        refused(fresh, spliced, null, code, BackupProblem.TAMPERED, "这份备份在生成后被改动过");
        byte[] bytes = Files.readAllBytes(zip);
        Path truncated = Files.write(dir.resolve("truncated.zip"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        refused(fresh, truncated, null, code, BackupProblem.NOT_A_ZIP, "这不是台账备份文件，或文件已损坏");
        Path padded = rewrite(zip, dir.resolve("padded.zip"), null, null, "readme.txt");
        refused(fresh, padded, null, code, BackupProblem.UNEXPECTED_ENTRY, "这份备份里有本程序不会写入的文件");
        refused(fresh, zip, "clerk", "clerk-pass-9a", BackupProblem.NOT_ADMINISTRATOR, "用户“clerk”不是这份备份里在用的系统管理员");
        assertEquals(StoreAccess.State.FIRST_RUN, fresh.state());

        var held = fresh.inspectBackup(zip, "admin", ADMIN.clone(), "test");
        assertEquals(2, held.people());
        assertEquals(List.of("admin"), held.administrators());
        assertEquals(List.of(), files(pc), "looking at a backup writes nothing");
        assertEquals(2, fresh.restoreFromBackup(zip, null, code.toLowerCase(Locale.ROOT).toCharArray(), "test").people());
        // the marker: the county's figures are taken from the restored store at its first open (ADR 0070)
        assertEquals(List.of("county-figures.from-backup", "keyring.json", "medaid.mv.db"), files(pc));
        assertInstanceOf(LoginResult.LoggedIn.class, fresh.login("clerk", "clerk-pass-9a".toCharArray())).database().close();
        assertFalse(Files.exists(pc.resolve("county-figures.from-backup")), "the first login used the marker");
        assertFalse(theirCode.equals(code));
    }

    @Test
    void aRestoreKilledHalfWayIsThrownAwayOrFinishedAtTheNextStart() throws Exception {
        Path old = dir.resolve("old");
        desk(old, 1);
        Path zip = backup(old, "old");
        Path pc = dir.resolve("pc");
        access(pc).restoreFromBackup(zip, "admin", ADMIN.clone(), "test");
        Path staging = pc.resolve("restore-new-desk");

        // killed before the marker: the side folder goes, the folder is a first run again
        Path half = dir.resolve("half");
        Files.createDirectories(half.resolve("restore-new-desk"));
        Files.copy(pc.resolve("medaid.mv.db"), half.resolve("restore-new-desk").resolve("medaid.mv.db"));
        assertEquals(StoreAccess.State.FIRST_RUN, access(half).state());
        assertEquals(List.of(), files(half));

        // killed after the marker, the database moved in and the keyring not yet: the next start finishes it
        Path most = dir.resolve("most");
        Files.createDirectories(most.resolve("restore-new-desk"));
        Files.copy(pc.resolve("medaid.mv.db"), most.resolve("medaid.mv.db"));
        Files.copy(pc.resolve("keyring.json"), most.resolve("restore-new-desk").resolve("keyring.json"));
        Files.writeString(most.resolve("restore-new-desk").resolve("restore.properties"), "ready");
        assertEquals(StoreAccess.State.ENCRYPTED, access(most).state());
        assertEquals(List.of("county-figures.from-backup", "keyring.json", "medaid.mv.db"), files(most));
        assertInstanceOf(LoginResult.LoggedIn.class, access(most).login("admin", ADMIN.clone())).database().close();
        assertFalse(Files.exists(staging));
    }

    private void refused(StoreAccess fresh, Path zip, String login, String secret, BackupProblem problem, String sentence)
            throws Exception {
        BackupException e = assertThrows(BackupException.class, () -> fresh.inspectBackup(zip, login, secret.toCharArray(), "test"));
        assertEquals(problem, e.problem(), String.valueOf(e.getCause()));
        BackupException again = assertThrows(BackupException.class,
                () -> fresh.restoreFromBackup(zip, login, secret.toCharArray(), "test"));
        assertEquals(problem, again.problem());
        String said = CHINESE.format("backup.problem." + problem, e.detail());
        assertTrue(said.startsWith(sentence) && !said.contains("\n"), said);
        assertEquals(List.of(), files(fresh.folder()), problem + ": nothing written");
    }

    /** A copy of {@code zip} with entry {@code replace} given {@code with}, and an entry {@code extra} added. */
    private static Path rewrite(Path zip, Path target, String replace, byte[] with, String extra) throws Exception {
        try (ZipFile in = new ZipFile(zip.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(replace)) {
                    out.write(with);
                } else {
                    try (InputStream s = in.getInputStream(e)) {
                        s.transferTo(out);
                    }
                }
                out.closeEntry();
            }
            if (extra != null) {
                out.putNextEntry(new ZipEntry(extra));
                out.write("请先阅读".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return target;
    }

    private static byte[] entry(Path zip, String name) throws Exception {
        try (ZipFile z = new ZipFile(zip.toFile()); InputStream in = z.getInputStream(z.getEntry(name))) {
            return in.readAllBytes();
        }
    }

    private static List<String> files(Path folder) throws Exception {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.equals("logs")).sorted().toList();
        }
    }

    private static int audit(Database db, String who, String action) {
        return db.read(c -> {
            try (var ps = c.prepareStatement("SELECT COUNT(*) FROM audit WHERE user_name = ? AND action = ?")) {
                ps.setString(1, who);
                ps.setString(2, action);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

}
