package org.medaid.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The layout of a backup zip: the H2 database file as {@code BACKUP TO} writes it, and the manifest.
 * Only those two entries are ever read, by their fixed names, so a crafted zip cannot write elsewhere.
 */
final class BackupFiles {

    static final String DATABASE = "medaid.mv.db";
    static final String MANIFEST = "medaid-backup.json";

    private BackupFiles() {
    }

    /** Copies the entries of H2's zip into {@code target} and adds the manifest. */
    static void assemble(Path h2Zip, BackupManifest manifest, Path target) throws IOException {
        try (ZipFile in = new ZipFile(h2Zip.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            boolean found = false;
            for (Enumeration<? extends ZipEntry> e = in.entries(); e.hasMoreElements();) {
                ZipEntry entry = e.nextElement();
                found |= DATABASE.equals(entry.getName());
                out.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream data = in.getInputStream(entry)) {
                    data.transferTo(out);
                }
                out.closeEntry();
            }
            if (!found) {
                throw new IOException("H2 wrote no " + DATABASE + " into its backup");
            }
            out.putNextEntry(new ZipEntry(MANIFEST));
            out.write(manifest.toJson());
            out.closeEntry();
        }
    }

    /** The manifest of a backup file; {@link BackupProblem#NOT_A_ZIP} or {@link BackupProblem#FOREIGN_FILE} when it has none. */
    static BackupManifest manifest(Path zip) {
        try (ZipFile z = open(zip)) {
            ZipEntry m = z.getEntry(MANIFEST);
            if (m == null || z.getEntry(DATABASE) == null) {
                throw new BackupException(BackupProblem.FOREIGN_FILE, zip.getFileName().toString());
            }
            try (InputStream in = z.getInputStream(m)) {
                return BackupManifest.fromJson(in.readAllBytes());
            } catch (IOException e) {
                throw new BackupException(BackupProblem.FOREIGN_FILE, zip.getFileName().toString(), e);
            }
        } catch (IOException e) {
            throw new BackupException(BackupProblem.NOT_A_ZIP, zip.getFileName().toString(), e);
        }
    }

    /** Writes the database entry of {@code zip} to {@code target}; a damaged entry fails its CRC check. */
    static void extractDatabase(Path zip, Path target) {
        try (ZipFile z = open(zip)) {
            ZipEntry db = z.getEntry(DATABASE);
            if (db == null) {
                throw new BackupException(BackupProblem.FOREIGN_FILE, zip.getFileName().toString());
            }
            Path part = target.resolveSibling(target.getFileName() + ".part");
            try (InputStream in = z.getInputStream(db); OutputStream out = Files.newOutputStream(part)) {
                in.transferTo(out);
            } catch (IOException e) {
                Files.deleteIfExists(part);
                throw new BackupException(BackupProblem.DAMAGED, zip.getFileName().toString(), e);
            }
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new BackupException(BackupProblem.NOT_A_ZIP, zip.getFileName().toString(), e);
        }
    }

    private static ZipFile open(Path zip) throws IOException {
        if (!Files.isRegularFile(zip)) {
            throw new ZipException("no such file");
        }
        return new ZipFile(zip.toFile());
    }
}
