package org.medaid.backup;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.util.Map;

/**
 * What a backup file says about itself ({@value BackupFiles#MANIFEST} inside the zip): the program and
 * schema version that wrote it, when, and the fingerprint of every table, against which the database in
 * the same zip is checked before it is ever restored.
 */
public record BackupManifest(String format, String appVersion, String schemaVersion, String createdAt,
        Map<String, TableSum> tables) {

    /** The only format so far; a later program reading an unknown format refuses the file. */
    public static final String FORMAT = "medaid-desk-backup/1";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public Fingerprint fingerprint() {
        return new Fingerprint(tables);
    }

    public long totalRows() {
        return fingerprint().totalRows();
    }

    byte[] toJson() {
        try {
            return JSON.writeValueAsBytes(this);
        } catch (IOException e) {
            throw new IllegalStateException("a manifest always serialises", e);
        }
    }

    static BackupManifest fromJson(byte[] json) throws IOException {
        BackupManifest m = JSON.readValue(json, BackupManifest.class);
        if (m == null || !FORMAT.equals(m.format()) || m.tables() == null || m.schemaVersion() == null) {
            throw new IOException("not a medaid-desk backup manifest");
        }
        return m;
    }
}
