package org.medaid.print;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Build step (pom.xml, phase {@code package}, after the jar is made; ADR 0096): the bundled font's entry in
 * {@code medaid-desk.jar} rewritten stored instead of deflated, its bytes unchanged. The 5 MB {@code .ttc} deflates
 * to 2.3 MB; inflating it again is ~20 ms of CPU on every start that prints (the command line's {@code slip} reads
 * it on its font thread, ADR 0085): read stored it is a copy, 13 against 34 ms CPU on the verbs' runtime. The jar
 * grows by 2.8 MB; every other entry stays as the jar plugin wrote it (the zip file system copies them unchanged).
 */
public final class StoredFont {

    private StoredFont() {
    }

    /** {@code StoredFont JAR}: the bundled font's entry of JAR rewritten stored. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: StoredFont JAR");
        }
        store(Path.of(args[0]), CjkFont.BUNDLED.substring(1));
    }

    /** Rewrites {@code entry} of the zip file {@code jar} stored (method 0), same bytes; fails if it is not there. */
    static void store(Path jar, String entry) throws IOException {
        try (FileSystem zip = FileSystems.newFileSystem(jar, Map.of("compressionMethod", "STORED"))) {
            Path font = zip.getPath(entry);
            byte[] bytes = Files.readAllBytes(font);
            Files.write(font, bytes);
        }
    }
}
