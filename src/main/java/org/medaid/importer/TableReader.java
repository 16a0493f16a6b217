package org.medaid.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Reads a list file by its extension: {@code .xlsx}, or CSV ({@code .csv}, {@code .txt}) in a given or detected encoding. */
public final class TableReader {

    private TableReader() {
    }

    /** Reads the file; {@code charset} null: detect UTF-8 or GBK (CSV only). */
    public static Table read(Path file, Charset charset) throws IOException {
        String name = file.getFileName().toString();
        try {
            return readChecked(file, charset, name);
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableListException u) {
                throw u;
            }
            // ADR 0029: the clerk gets a sentence; the exception goes to the log only, masked (a cell's ID number
            // can stand in a parse error's message)
            org.slf4j.LoggerFactory.getLogger(TableReader.class).warn("list import: cannot read {}: {}",
                    org.medaid.logging.Masking.mask(name), org.medaid.logging.Masking.mask(String.valueOf(e)));
            throw new UnreadableListException(ImportMessages.format("Import.unreadableFile", name), e);
        }
    }

    private static Table readChecked(Path file, Charset charset, String name) throws IOException {
        if (name.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            try (InputStream in = Files.newInputStream(file)) {
                return XlsxReader.read(name, in);
            }
        }
        if (name.toLowerCase(Locale.ROOT).endsWith(".xls")) {
            throw new UnreadableListException(name + ": the old .xls format cannot be read; save it from Excel as .xlsx or .csv", null);
        }
        byte[] bytes = Files.readAllBytes(file);
        Charset cs = charset != null ? charset : Encodings.detect(bytes);
        return CsvReader.read(name, Encodings.decode(bytes, cs));
    }
}
