package org.medaid.bench;

import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The floor of the desk's start (issue 12 aim 1): the smallest JavaFX window, a Stage with one Label. Prints
 * the milliseconds from the JVM's start to the window shown, then exits. Run by {@link DeskStartBenchmark}
 * with the same JVM and the same JavaFX jars as the desk.
 */
public final class SmallestWindow {

    private SmallestWindow() {
    }

    /** A main class that is not the Application (else Java refuses to start JavaFX from the class path). */
    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window. */
    public static final class Window extends Application {

        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new Label("medaid"), 200, 80));
            stage.setOnShown(e -> {
                // the process's start instant, as the desk's own timing counts (DeskApplication.launchedAt)
                long ms = System.currentTimeMillis() - ProcessHandle.current().info().startInstant()
                        .map(java.time.Instant::toEpochMilli)
                        .orElse(ManagementFactory.getRuntimeMXBean().getStartTime());
                System.out.println("floor: window shown " + ms + " ms from JVM start, RSS " + rssKb() + " kB");
                Platform.exit();
            });
            stage.show();
        }
    }

    /** This process's resident set in kB (Linux), -1 where /proc is not there. */
    static long rssKb() {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
