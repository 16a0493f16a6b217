package org.medaid.policy;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.medaid.model.WorkingDays;

/**
 * The working-day calendar as data (ADR 0037): the State Council's holidays and make-up working days by
 * year, bundled in {@code org/medaid/calendar/holidays.yaml}, with the files of a county's
 * {@code calendar} folder adding a year or replacing one without a new build. The result's version names
 * every file it was made from, so a stored deadline knows when the calendar changed under it.
 */
public final class WorkingCalendar {

    public static final String FOLDER = "calendar";
    private static final String BUNDLED = "/org/medaid/calendar/holidays.yaml";
    private static final YAMLMapper YAML = YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private record Year(List<LocalDate> holidays, List<LocalDate> workdays) {
    }

    private WorkingCalendar() {
    }

    /** The bundled calendar. */
    public static WorkingDays bundled() {
        Map<Integer, Year> years = new TreeMap<>();
        String version = readBundled(years);
        return build(version, years);
    }

    /** The bundled calendar with the county's files of {@code dataFolder}/calendar over it (when the folder exists). */
    public static WorkingDays forDataFolder(Path dataFolder) {
        Map<Integer, Year> years = new TreeMap<>();
        StringBuilder version = new StringBuilder(readBundled(years));
        Path folder = dataFolder.resolve(FOLDER);
        if (Files.isDirectory(folder)) {
            List<Path> files;
            try (Stream<Path> list = Files.list(folder)) {
                files = list.filter(p -> p.getFileName().toString().matches(".*\\.ya?ml")).sorted().toList();
            } catch (IOException e) {
                throw new PolicyException(folder.toString(), "", "cannot list the folder: " + e.getMessage());
            }
            for (Path f : files) {
                try (InputStream in = Files.newInputStream(f)) {
                    version.append('+').append(f.getFileName()).append('@').append(read(f.getFileName().toString(), in, years));
                } catch (IOException e) {
                    throw new PolicyException(f.getFileName().toString(), "", "cannot read the file: " + e.getMessage());
                }
            }
        }
        return build(version.toString(), years);
    }

    /** The bundled file as read once: it is part of the program, so it cannot change while the program runs. */
    private record Bundled(String version, Map<Integer, Year> years) {
    }

    private static volatile Bundled bundledRead;

    /**
     * The bundled years into {@code years}; the file is parsed once per run (the login warm-up parses it while the
     * clerk types, so the services after the login only add the county's own files).
     */
    private static String readBundled(Map<Integer, Year> years) {
        Bundled b = bundledRead;
        if (b == null) {
            Map<Integer, Year> read = new TreeMap<>();
            try (InputStream in = WorkingCalendar.class.getResourceAsStream(BUNDLED)) {
                if (in == null) {
                    throw new PolicyException("holidays.yaml", "", "missing from the program");
                }
                b = new Bundled(read("holidays.yaml", in, read), Map.copyOf(read));
            } catch (IOException e) {
                throw new PolicyException("holidays.yaml", "", e.getMessage());
            }
            bundledRead = b;
        }
        years.putAll(b.years());
        return b.version();
    }

    /** Reads one calendar file into {@code years} (a year it gives replaces the year before); returns its version. */
    static String read(String file, InputStream in, Map<Integer, Year> years) throws IOException {
        JsonNode root = YAML.readTree(in);
        Node n = Node.root(file, root);
        n.allow("version", "source", "years");
        String version = n.text("version");
        n.text("source");
        Node ys = n.child("years");
        var names = ys.json.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!name.matches("\\d{4}")) {
                throw ys.fail(name, "is not a year");
            }
            int year = Integer.parseInt(name);
            Node y = ys.child(name);
            y.allow("source", "holidays", "workdays");
            y.text("source");
            years.put(year, new Year(dates(y, "holidays", year, false), dates(y, "workdays", year, true)));
        }
        return version;
    }

    private static List<LocalDate> dates(Node y, String field, int year, boolean weekends) {
        List<LocalDate> out = new ArrayList<>();
        for (String t : y.texts(field)) {
            LocalDate d;
            try {
                d = LocalDate.parse(t.strip());
            } catch (DateTimeParseException e) {
                throw y.fail(field, "'" + t + "' is not a date (yyyy-mm-dd)");
            }
            if (d.getYear() != year) {
                throw y.fail(field, d + " is not in " + year);
            }
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (weekend != weekends) {
                throw y.fail(field, d + (weekends ? " is a weekday: only Saturdays and Sundays are made-up working days"
                        : " is a Saturday or Sunday: list only the weekdays of a holiday"));
            }
            out.add(d);
        }
        return List.copyOf(out);
    }

    private static WorkingDays build(String version, Map<Integer, Year> years) {
        List<LocalDate> holidays = new ArrayList<>();
        List<LocalDate> workdays = new ArrayList<>();
        years.values().forEach(y -> {
            holidays.addAll(y.holidays());
            workdays.addAll(y.workdays());
        });
        return new WorkingDays(version, years.keySet(), holidays, workdays);
    }
}
