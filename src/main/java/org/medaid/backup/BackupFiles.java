package org.medaid.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The layout of a backup zip: the H2 database file as {@code BACKUP TO} writes it (its pages encrypted
 * like the store's), the manifest, the keyring's wrapped keys and the MAC over all three (ADR 0033).
 * Only these entries are ever read, by their fixed names, so a crafted zip cannot write elsewhere.
 */
final class BackupFiles {

    static final String DATABASE = "medaid.mv.db";
    static final String MANIFEST = "medaid-backup.json";
    static final String KEYRING = "keyring.json";
    static final String MAC = "medaid-backup.mac";

    private BackupFiles() {
    }

    /**
     * Copies the database of H2's zip into {@code target} and adds the manifest and, for an encrypted
     * store, the keyring and the MAC under {@code seal}.
     */
    static void assemble(Path h2Zip, BackupManifest manifest, byte[] keyring, BackupSeal seal, Path target) throws IOException {
        try (ZipFile in = new ZipFile(h2Zip.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            ZipEntry db = in.getEntry(DATABASE);
            if (db == null) {
                throw new IOException("H2 wrote no " + DATABASE + " into its backup");
            }
            out.putNextEntry(new ZipEntry(DATABASE));
            byte[] dbDigest;
            try (InputStream data = in.getInputStream(db)) {
                dbDigest = BackupSeal.copyDigesting(data, out);
            }
            out.closeEntry();
            byte[] json = manifest.toJson();
            out.putNextEntry(new ZipEntry(MANIFEST));
            out.write(json);
            out.closeEntry();
            if (seal != null) {
                out.putNextEntry(new ZipEntry(KEYRING));
                out.write(keyring);
                out.closeEntry();
                out.putNextEntry(new ZipEntry(MAC));
                out.write(seal.mac(json, keyring, dbDigest));
                out.closeEntry();
            }
        }
    }

    /** The parts of a backup that its MAC covers, read without unpacking the database. */
    record Contents(byte[] manifest, byte[] keyring, byte[] mac, byte[] databaseDigest) {
    }

    static Contents contents(Path zip) {
        try (ZipFile z = open(zip)) {
            ZipEntry db = z.getEntry(DATABASE);
            ZipEntry m = z.getEntry(MANIFEST);
            // a zip without the desk's database and manifest is not a backup at all (photos, another program's)
            if (m == null || db == null) {
                throw new BackupException(BackupProblem.FOREIGN_FILE, zip.getFileName().toString());
            }
            onlyKnownEntries(z, zip);
            byte[] digest;
            try (InputStream in = z.getInputStream(db)) {
                digest = BackupSeal.copyDigesting(in, OutputStream.nullOutputStream());
            } catch (IOException e) {
                throw new BackupException(BackupProblem.DAMAGED, zip.getFileName().toString(), e);
            }
            return new Contents(bytes(z, m), bytes(z, z.getEntry(KEYRING)), bytes(z, z.getEntry(MAC)), digest);
        } catch (IOException e) {
            throw new BackupException(BackupProblem.NOT_A_ZIP, zip.getFileName().toString(), e);
        }
    }

    /**
     * A backup holds the desk's four entries and nothing else, each once: a file added to it (or a second
     * entry of the same name, which another zip reader would take instead) means it is not as the desk wrote it.
     */
    private static void onlyKnownEntries(ZipFile z, Path zip) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        var entries = z.entries();
        while (entries.hasMoreElements()) {
            String name = entries.nextElement().getName();
            if (!java.util.Set.of(DATABASE, MANIFEST, KEYRING, MAC).contains(name) || !seen.add(name)) {
                throw new BackupException(BackupProblem.UNEXPECTED_ENTRY, zip.getFileName().toString(),
                        new IllegalStateException("unexpected entry " + name));
            }
        }
    }

    private static byte[] bytes(ZipFile z, ZipEntry e) throws IOException {
        if (e == null) {
            return null;
        }
        try (InputStream in = z.getInputStream(e)) {
            return in.readNBytes(1 << 20);
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
