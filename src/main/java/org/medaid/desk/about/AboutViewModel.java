package org.medaid.desk.about;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.medaid.settings.DeskSettings;
import org.medaid.desk.common.ScreenStatus;
import org.medaid.desk.common.Texts;
import org.medaid.desk.task.BackgroundTask;
import org.medaid.desk.task.TaskExecutor;
import org.medaid.logging.DeskLog;
import org.medaid.logging.SupportBundle;
import org.medaid.store.DataFolder;

/**
 * 设置 › 关于: the version, the log folder, and the support bundle (logs, version, settings; ADR 0040),
 * written on the worker. The outcome is one status line.
 */
public final class AboutViewModel {

    private final String version;
    private final Path logFolder;
    private final DeskSettings settings;
    private final TaskExecutor executor;
    private final Texts texts;
    private final Clock clock;
    private final ScreenStatus status = new ScreenStatus();

    public AboutViewModel(String version, Path logFolder, DeskSettings settings, TaskExecutor executor, Texts texts, Clock clock) {
        this.version = version;
        this.logFolder = logFolder;
        this.settings = settings;
        this.executor = executor;
        this.texts = texts;
        this.clock = clock;
    }

    /** The running desk's: its log folder, or where it would be in the data folder when no log was started. */
    public static AboutViewModel forDesk(TaskExecutor executor, Texts texts) {
        Path logs = DeskLog.folder().orElse(DataFolder.resolve().resolve("logs"));
        return new AboutViewModel(DeskLog.version(), logs, DeskSettings.forUser(), executor, texts,
                Clock.systemDefaultZone());
    }

    public String version() {
        return version;
    }

    public Path logFolder() {
        return logFolder;
    }

    /** A name for the bundle the save dialog offers. */
    public String suggestedName() {
        return "medaid-desk-support-" + LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmm")) + ".zip";
    }

    public void saveBundle(Path target) {
        Map<String, String> values = settingsValues();
        status.submit(executor, BackgroundTask.of("support bundle",
                p -> SupportBundle.write(target, logFolder, version, values, clock.instant()))
                .onSuccess(files -> status.say(texts.format("about.bundle.saved", target, files)))
                .onFailure(e -> status.refuse(texts.format("about.bundle.failed", target, String.valueOf(e.getMessage())))));
    }

    /** The desk's settings (language, area, folders, print choices); read on the FX thread. */
    Map<String, String> settingsValues() {
        return settings.values();
    }

    /** The card's sentence and busy mark. */
    public ScreenStatus status() {
        return status;
    }
}
