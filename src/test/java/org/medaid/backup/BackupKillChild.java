package org.medaid.backup;

import java.nio.file.Path;
import java.time.Clock;
import org.medaid.store.Database;

/**
 * The process {@link KilledBackupTest} kills: opens the store in {@code args[0]} and writes backups into
 * {@code args[1]} one after another, printing {@code start n} and {@code done n} around each, until it is
 * killed; with {@code once} as {@code args[2]}, one backup and a normal exit.
 */
public final class BackupKillChild {

    private BackupKillChild() {
    }

    public static void main(String[] args) {
        boolean once = args.length > 2 && "once".equals(args[2]);
        BackupService service = new BackupService(Clock.systemDefaultZone(), "test");
        try (Database db = Database.open(Path.of(args[0]))) {
            for (int n = 1; ; n++) {
                System.out.println("start " + n);
                service.backup(db, Path.of(args[1]), "medaid");
                System.out.println("done " + n);
                if (once) {
                    return;
                }
            }
        }
    }
}
