package org.medaid.desk.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.stream.Stream;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.medaid.backup.BackupService;
import org.medaid.settings.DeskSettings;
import org.medaid.backup.RestoreService;
import org.medaid.desk.task.BackgroundTask;
import org.medaid.desk.task.TaskExecutor;
import org.medaid.store.Database;

/**
 * The backup on exit (on unless turned off in 设置), installed on the main window at start: when the
 * window has closed, a verified backup
 * goes into the backup folder on the worker thread, queued before the desk closes the store; only the
 * latest {@value #KEEP} exit backups are kept. Not when a restore is staged: that made its own backup.
 */
public final class ExitBackup {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ExitBackup.class);

    public static final String PREFIX = "medaid-exit";
    public static final int KEEP = 10;

    private ExitBackup() {
    }

    public static void install(Stage stage, TaskExecutor executor, Database db, DeskSettings settings) {
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> {
            if (!settings.backupOnExit() || RestoreService.isPending(db.folder())) {
                return;
            }
            try {
                executor.submit(BackgroundTask.of("backup on exit", p -> run(db, settings.backupFolder(db.folder())))
                        .onFailure(error -> LOG.error("backup on exit failed", error)));
            } catch (RejectedExecutionException stopped) {
                // The desk was ended by the program (Platform.exit: a restart after a restore, leaving the
                // first run), not by closing its window: the worker has already stopped and there is
                // nothing new to keep; only a window closed by the clerk is backed up.
            }
        });
    }

    /** Backs up {@code db} into {@code folder} and prunes older exit backups; returns the new file. */
    public static Path run(Database db, Path folder) throws IOException {
        Path file = new BackupService(Clock.systemDefaultZone(), version()).backup(db, folder, PREFIX).file();
        prune(folder);
        return file;
    }

    private static String version() {
        String v = ExitBackup.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    static void prune(Path folder) throws IOException {
        List<Path> exits;
        try (Stream<Path> files = Files.list(folder)) {
            exits = files.filter(p -> p.getFileName().toString().startsWith(PREFIX + "-") && p.toString().endsWith(".zip"))
                    .sorted().toList();
        }
        for (int i = 0; i < exits.size() - KEEP; i++) {
            Files.deleteIfExists(exits.get(i));
        }
    }
}
