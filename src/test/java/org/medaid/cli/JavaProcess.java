package org.medaid.cli;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/** Runs a real {@code java} process and captures its exit code, standard output and standard error. */
final class JavaProcess {

    record Result(int exit, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    private JavaProcess() {
    }

    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static Result run(List<String> command, String stdin) {
        try {
            Process p = new ProcessBuilder(command).start();
            CompletableFuture<String> out = read(p.getInputStream());
            CompletableFuture<String> err = read(p.getErrorStream());
            try (var in = p.getOutputStream()) {
                if (stdin != null) {
                    in.write(stdin.getBytes(StandardCharsets.UTF_8));
                }
            }
            if (!p.waitFor(org.medaid.Patience.SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("the process did not finish in " + org.medaid.Patience.SECONDS + " s: " + command);
            }
            return new Result(p.exitValue(), out.join(), err.join());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static CompletableFuture<String> read(InputStream s) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return new String(s.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * The test JVM's class path as single entries. Surefire may pass one "booter" jar whose manifest lists
     * the real entries; those are expanded so entries can be filtered (e.g. every JavaFX jar left out).
     */
    static List<String> classPathEntries() {
        List<String> out = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.endsWith(".jar") && entry.contains("surefire")) {
                out.addAll(manifestClassPath(entry));
            } else {
                out.add(entry);
            }
        }
        return out;
    }

    private static List<String> manifestClassPath(String jar) {
        List<String> out = new ArrayList<>();
        try (JarFile f = new JarFile(jar)) {
            Manifest m = f.getManifest();
            String cp = m == null ? null : m.getMainAttributes().getValue("Class-Path");
            if (cp == null) {
                out.add(jar);
                return out;
            }
            URI base = Path.of(jar).toUri();
            for (String item : cp.trim().split("\\s+")) {
                out.add(Path.of(base.resolve(item)).toString());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
