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
        if (name.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            try (InputStream in = Files.newInputStream(file)) {
                return XlsxReader.read(name, in);
            }
        }
        if (name.toLowerCase(Locale.ROOT).endsWith(".xls")) {
            throw new IOException(name + ": the old .xls format cannot be read; save it from Excel as .xlsx or .csv");
        }
        byte[] bytes = Files.readAllBytes(file);
        Charset cs = charset != null ? charset : Encodings.detect(bytes);
        return CsvReader.read(name, Encodings.decode(bytes, cs));
    }
}
