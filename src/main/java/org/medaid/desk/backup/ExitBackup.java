package org.medaid.desk.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import javafx.event.EventHandler;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.medaid.backup.BackupService;
import org.medaid.settings.DeskSettings;
import org.medaid.backup.RestoreService;
import org.medaid.desk.common.Texts;
import org.medaid.desk.task.TaskExecutor;
import org.medaid.store.Database;

/**
 * The desk's exit, installed on the main window at start (ADR 0072 amendment): as the window closes, a small
 * window ({@link ExitProgressView}) shows while the verified backup on exit (on unless turned off in 设置; not
 * when a restore is staged, which made its own) goes into the backup folder and the store is closed once and
 * compacted, on the worker thread, behind any task still running. Before, both ran after the window had gone,
 * unseen: a clerk who switched the computer off then lost the backup. Only the latest {@value #KEEP} exit
 * backups are kept.
 */
public final class ExitBackup {

    public static final String PREFIX = "medaid-exit";
    public static final int KEEP = 10;

    private ExitBackup() {
    }

    /**
     * The handler runs once: the desk's window hides once as the desk ends. When the worker has already
     * stopped, the desk was ended by the program (Platform.exit: a restart after a restore, leaving the first
     * run), not by closing its window: the application's stop closes the store, and there is nothing new to keep.
     */
    public static void install(Stage stage, TaskExecutor executor, Database db, DeskSettings settings, Texts texts) {
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, new EventHandler<WindowEvent>() {
            @Override
            public void handle(WindowEvent e) {
                stage.removeEventHandler(WindowEvent.WINDOW_HIDING, this);
                if (executor.isShutdown()) {
                    return;
                }
                boolean backup = settings.backupOnExit() && !RestoreService.isPending(db.folder());
                new ExitProgressView(new ExitProgressViewModel(executor, texts, db,
                        backup ? settings.backupFolder(db.folder()) : null)).showAndStart();
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
