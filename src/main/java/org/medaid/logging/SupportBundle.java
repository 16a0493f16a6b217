package org.medaid.logging;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The support bundle of 设置 › 关于 (ADR 0040): one zip with the log files (masked again line by line),
 * {@code version.txt} (program, Java, system) and {@code settings.txt} (the desk's settings without
 * names). Nothing is read from the store, so no person's data can be in it. Written to a temporary file
 * beside the target and moved into place, so a failed write leaves no half zip.
 */
public final class SupportBundle {

    /** Settings whose values may name a person (the operator) are left out. */
    private static final List<String> LEFT_OUT = List.of("operator", "name", "user", "password", "account");

    private SupportBundle() {
    }

    /** Writes the bundle to {@code target}; returns how many log files it holds. */
    public static int write(Path target, Path logs, String version, Map<String, String> settings, Instant now) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path partial = Files.createTempFile(parent, ".support-", ".part");
        int files;
        try {
            try (OutputStream out = Files.newOutputStream(partial); ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
                files = addLogs(zip, logs);
                add(zip, "version.txt", versionText(version, now));
                add(zip, "settings.txt", settingsText(settings));
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        return files;
    }

    private static int addLogs(ZipOutputStream zip, Path logs) throws IOException {
        if (logs == null || !Files.isDirectory(logs)) {
            return 0;
        }
        List<Path> files;
        try (Stream<Path> all = Files.list(logs)) {
            files = all.filter(p -> p.getFileName().toString().endsWith(".log")).sorted().collect(Collectors.toList());
        }
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            add(zip, "logs/" + f.getFileName(), Masking.mask(text));
        }
        return files.size();
    }

    static String versionText(String version, Instant now) {
        return String.join("\n",
                "medaid-desk " + version,
                "written " + now,
                "java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ", "
                        + System.getProperty("java.vm.name") + ")",
                "os " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                "processors " + Runtime.getRuntime().availableProcessors() + ", max heap "
                        + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB",
                "locale " + Locale.getDefault() + ", file.encoding " + System.getProperty("file.encoding"), "");
    }

    static String settingsText(Map<String, String> settings) {
        StringBuilder b = new StringBuilder();
        new TreeMap<>(settings).forEach((key, value) -> {
            String k = key.toLowerCase(Locale.ROOT);
            if (LEFT_OUT.stream().noneMatch(k::contains)) {
                b.append(key).append('=').append(Masking.mask(value)).append('\n');
            }
        });
        return b.toString();
    }

    private static void add(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
