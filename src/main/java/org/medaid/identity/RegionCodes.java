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
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The GB/T 2260 administrative codes of the whole country, current and retired, with the month each entered and
 * left the lists, from the bundled, dated {@code gb2260.csv} (ADR 0008, ADR 0066). Which policy a code falls
 * under is not known here: the policy files' {@code regions} prefixes say it ({@code PolicyRegistry.find}).
 */
public final class RegionCodes {

    private static final String RESOURCE = "/org/medaid/identity/gb2260.csv";
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
            String since = blankToNull(f[2]);
            String until = blankToNull(f[3]);
            String successor = blankToNull(f[4]);
            byCode.put(code, new Region(code, name, fullName(code, name, rows), until != null, successor, since, until));
        });
        return new RegionCodes(byCode);
    }

    /** A county's name with its city's in front (邵阳市隆回县); a city or province by its own name. */
    private static String fullName(String code, String name, Map<String, String[]> rows) {
        if (code.endsWith("0000") || code.endsWith("00")) {
            return name;
        }
        String[] city = rows.get(code.substring(0, 4) + "00");
        if (city == null || UNNAMED_CITY.contains(city[1].trim())) {
            // 北京市朝阳区: a municipality's districts hang under 市辖区/县, named after the province
            String[] province = rows.get(code.substring(0, 2) + "0000");
            return province == null ? name : province[1].trim() + name;
        }
        return city[1].trim() + name;
    }

    private static final java.util.Set<String> UNNAMED_CITY = java.util.Set.of("市辖区", "县", "省直辖县级行政区划",
            "自治区直辖县级行政区划");

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public Optional<Region> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code.trim()));
    }

    /** True when the code is a GB/T 2260 code, current or retired. */
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

    private volatile Map<String, List<Region>> countiesByName;

    /**
     * The county-level regions a clerk's name for one means: its own name (隆回县), the name shown on screen
     * (邵阳市隆回县) or that with the province (湖南省邵阳市隆回县), spaces ignored. Current codes first: a name held
     * by a current county means that one, never the retired code of the same name (隆回县 is 430524, not 432622);
     * only when no current county has the name are retired ones returned. More than one region back means the name
     * is ambiguous (朝阳区 is in 北京市 and 长春市); none, that it names no county.
     */
    public List<Region> countiesNamed(String text) {
        if (text == null) {
            return List.of();
        }
        List<Region> all = names().getOrDefault(text.replaceAll("\\s+", ""), List.of());
        List<Region> current = all.stream().filter(r -> !r.retired()).toList();
        return current.isEmpty() ? all : current;
    }

    private Map<String, List<Region>> names() {
        Map<String, List<Region>> m = countiesByName;
        if (m == null) {
            m = new java.util.HashMap<>();
            for (Region r : byCode.values()) {
                if (!r.county()) {
                    continue;
                }
                Region province = byCode.get(r.code().substring(0, 2) + "0000");
                java.util.Set<String> keys = new java.util.LinkedHashSet<>(List.of(r.name(), r.fullName()));
                if (province != null && !r.fullName().startsWith(province.name())) {
                    keys.add(province.name() + r.fullName());
                }
                for (String k : keys) {
                    m.computeIfAbsent(k, x -> new java.util.ArrayList<>()).add(r);
                }
            }
            countiesByName = m;
        }
        return m;
    }
}
