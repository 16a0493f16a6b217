package org.medaid.desk;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.medaid.desk.common.Snapshots;

/** Screenshots of a GUI test's scene into the folder named by {@code -Dmedaid.shots}; nothing without it. */
public final class ShotsFolder {

    private ShotsFolder() {
    }

    public static void shoot(Scene scene, String name) throws Exception {
        String dir = System.getProperty("medaid.shots");
        if (dir == null) {
            return;
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                Snapshots.write(scene, Path.of(dir).resolve(name));
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        done.get(org.medaid.Patience.SECONDS, TimeUnit.SECONDS);
    }
}
