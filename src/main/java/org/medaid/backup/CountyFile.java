package org.medaid.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * The county a desk's data belongs to, chosen at first run, kept as {@code county.properties} in the data
 * folder (not in the user's preferences: a restored or moved data folder keeps its county).
 */
public final class CountyFile {

    public static final String NAME = "county.properties";

    /** The administrative code, its full name, and the policy it decided when chosen. */
    public record County(String code, String name, String policyId, String chosenOn) {
    }

    private CountyFile() {
    }

    public static Optional<County> read(Path dataFolder) {
        Path f = dataFolder.resolve(NAME);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(f)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
        String code = p.getProperty("code", "");
        return code.matches("\\d{6}") ? Optional.of(new County(code, p.getProperty("name", code),
                p.getProperty("policy", ""), p.getProperty("chosenOn", ""))) : Optional.empty();
    }

    public static void write(Path dataFolder, County county) {
        Properties p = new Properties();
        p.setProperty("code", county.code());
        p.setProperty("name", county.name());
        p.setProperty("policy", county.policyId());
        p.setProperty("chosenOn", county.chosenOn());
        Path part = dataFolder.resolve(NAME + ".part");
        try {
            Files.createDirectories(dataFolder);
            try (OutputStream out = Files.newOutputStream(part);
                    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                p.store(w, "medaid-desk: the county of this data folder");
            }
            Files.move(part, dataFolder.resolve(NAME), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new BackupException(BackupProblem.DATA_FOLDER_FAILED, dataFolder + ": " + e.getMessage(), e);
        }
    }
}
