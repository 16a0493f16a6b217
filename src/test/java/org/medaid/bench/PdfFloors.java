package org.medaid.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;

/**
 * The two PDF floors of {@code slip} made ready to run as the verbs run (issue 12 aim 5): the image's own runtime,
 * the options of its {@code lib/app/medaid-cli.cfg}, and a class archive of each floor's own, written by one run
 * with {@code -XX:ArchiveClassesAtExit} as the image's build writes the verbs' archive. Each floor's class path holds
 * only what it needs: a jar of the floor classes, the PDF library's jars from the image, and the bundled font in a
 * stored (uncompressed) entry, as {@code medaid-desk.jar} holds it (ADR 0096).
 */
record PdfFloors(List<String> openPdf, List<String> pdfBox) {

    private static final String FONT = FloorSlipText.FONT.substring(1);

    static PdfFloors prepare(Path image, Path work) throws IOException, InterruptedException {
        Path app = image.resolve("lib/app");
        Path java = image.resolve("lib/runtime/bin/java");
        List<String> options = new ArrayList<>();
        for (String line : Files.readAllLines(app.resolve("medaid-cli.cfg"), StandardCharsets.UTF_8)) {
            if (line.startsWith("java-options=")) {
                options.add(line.substring("java-options=".length()));
            }
        }
        Path classes = floorJar(work.resolve("floors.jar"));
        Path font = fontJar(app.resolve("medaid-desk.jar"), work.resolve("font.jar"));
        String openPdf = String.join(":", classes.toString(), lib(app, "openpdf-"), font.toString());
        String pdfBox = String.join(":", classes.toString(), lib(app, "pdfbox-3"), lib(app, "pdfbox-io-"), lib(app, "fontbox-"),
                lib(app, "commons-logging-"), font.toString());
        return new PdfFloors(command(java, options, openPdf, PdfFloor.class, work.resolve("openpdf"), work),
                command(java, options, pdfBox, PdfBoxFloor.class, work.resolve("pdfbox"), work));
    }

    /** The command of one floor, after one run that writes its class archive. */
    private static List<String> command(Path java, List<String> options, String classPath, Class<?> main, Path base, Path work)
            throws IOException, InterruptedException {
        Path archive = Path.of(base + ".jsa");
        List<String> dump = new ArrayList<>(List.of(java.toString()));
        dump.addAll(options);
        dump.addAll(List.of("-XX:ArchiveClassesAtExit=" + archive, "-cp", classPath, main.getName(), base + "-dump.pdf"));
        Process p = new ProcessBuilder(dump).redirectErrorStream(true).redirectOutput(work.resolve("dump.txt").toFile()).start();
        if (p.waitFor() != 0 || !Files.isRegularFile(archive)) {
            throw new IllegalStateException(main.getSimpleName() + " could not write its class archive: "
                    + Files.readString(work.resolve("dump.txt"), StandardCharsets.UTF_8));
        }
        List<String> run = new ArrayList<>(List.of(java.toString()));
        run.addAll(options);
        run.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-cp", classPath, main.getName(), base + ".pdf"));
        return run;
    }

    private static String lib(Path app, String prefix) throws IOException {
        try (var files = Files.list(app.resolve("lib"))) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix) && f.toString().endsWith(".jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no " + prefix + "*.jar in " + app.resolve("lib")))
                    .toString();
        }
    }

    /** The floor classes, copied from where this class was loaded (target/test-classes) into a jar: archives need jars. */
    private static Path floorJar(Path jar) throws IOException {
        Path root;
        try {
            root = Path.of(PdfFloors.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (Class<?> c : List.of(PdfFloor.class, PdfBoxFloor.class, FloorSlipText.class)) {
                String name = c.getName().replace('.', '/') + ".class";
                out.putNextEntry(new JarEntry(name));
                out.write(Files.readAllBytes(root.resolve(name)));
                out.closeEntry();
            }
        }
        return jar;
    }

    /** The bundled font out of the image's medaid-desk.jar, stored uncompressed as there. */
    private static Path fontJar(Path desk, Path jar) throws IOException {
        byte[] bytes;
        try (JarFile in = new JarFile(desk.toFile()); InputStream font = in.getInputStream(in.getEntry(FONT))) {
            bytes = font.readAllBytes();
        }
        CRC32 crc = new CRC32();
        crc.update(bytes);
        JarEntry entry = new JarEntry(FONT);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(bytes.length);
        entry.setCompressedSize(bytes.length);
        entry.setCrc(crc.getValue());
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(entry);
            out.write(bytes);
            out.closeEntry();
        }
        return jar;
    }
}
