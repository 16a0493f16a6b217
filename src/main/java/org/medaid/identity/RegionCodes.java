package org.medaid.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The administrative codes of the four policy regions (邵阳市 4305, 潮州市 4451, 临沂市 3713, 广西 45),
 * current and retired, from the bundled {@code regions.csv} (ADR 0008).
 */
public final class RegionCodes {

    private static final String RESOURCE = "/org/medaid/identity/regions.csv";
    private static volatile RegionCodes bundled;

    private final Map<String, Region> byCode;

    private RegionCodes(Map<String, Region> byCode) {
        this.byCode = Collections.unmodifiableMap(byCode);
    }

    /** The bundled list, read once. */
    public static RegionCodes bundled() {
        RegionCodes r = bundled;
        if (r == null) {
            synchronized (RegionCodes.class) {
                if (bundled == null) {
                    bundled = read();
                }
                r = bundled;
            }
        }
        return r;
    }

    private static RegionCodes read() {
        Map<String, String[]> rows = new LinkedHashMap<>();
        try (InputStream in = RegionCodes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the program");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(",", -1);
                rows.put(f[0].trim(), f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Region> byCode = new LinkedHashMap<>();
        rows.forEach((code, f) -> {
            String name = f[1].trim();
            boolean retired = "retired".equals(f[2].trim());
            String successor = f.length > 3 && !f[3].isBlank() ? f[3].trim() : null;
            byCode.put(code, new Region(code, name, fullName(code, name, rows), retired, successor));
        });
        return new RegionCodes(byCode);
    }

    /** A county's name with its city's in front (邵阳市隆回县); a city or province by its own name. */
    private static String fullName(String code, String name, Map<String, String[]> rows) {
        if (code.endsWith("0000") || code.endsWith("00")) {
            return name;
        }
        String[] city = rows.get(code.substring(0, 4) + "00");
        return city == null ? name : city[1].trim() + name;
    }

    public Optional<Region> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code.trim()));
    }

    /** True when the code is one of the four regions' codes, current or retired. */
    public boolean known(String code) {
        return find(code).isPresent();
    }

    /** The full name shown on screen (邵阳市隆回县), or the code itself when unknown. */
    public String displayName(String code) {
        return find(code).map(Region::fullName).orElse(code);
    }

    /** The current code for a retired one, following successors (430521 → 430582). */
    public String current(String code) {
        String c = code;
        for (int hops = 0; hops < 5; hops++) {
            Region r = byCode.get(c);
            if (r == null || r.successor() == null) {
                return c;
            }
            c = r.successor();
        }
        return c;
    }

    public Collection<Region> all() {
        return byCode.values();
    }
}
