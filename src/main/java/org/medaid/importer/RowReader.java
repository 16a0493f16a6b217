package org.medaid.importer;

import java.util.EnumMap;
import java.util.Map;
import org.medaid.model.Limits;
import org.medaid.model.TextLimit;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.medaid.identity.Department;
import org.medaid.identity.IdCheck;
import org.medaid.identity.IdNumbers;
import org.medaid.identity.Region;
import org.medaid.identity.RegionCodes;
import org.medaid.model.Category;

/** Reads one row through the mapping into a {@link ListRow}, or says why it is refused. */
final class RowReader {

    /** A row read: either {@code row} or a refusal with its message values. */
    record Read(ListRow row, RejectReason reason, List<String> args) {
        static Read refused(RejectReason reason, String... args) {
            return new Read(null, reason, List.of(args));
        }
    }

    private final ColumnMapping mapping;
    private final LocalDate today;

    RowReader(ColumnMapping mapping, LocalDate today) {
        this.mapping = mapping;
        this.today = today;
    }

    /** The limit of each text field of a list (ADR 0029): a longer value rejects the row, naming the field. */
    private static final Map<Field, TextLimit> LENGTHS = new EnumMap<>(Map.of(Field.NAME, TextLimit.PERSON_NAME,
            Field.DOCUMENT_NO, TextLimit.CATEGORY_DOCUMENT, Field.TOWNSHIP, TextLimit.TOWNSHIP, Field.VILLAGE,
            TextLimit.VILLAGE, Field.HEAD_NAME, TextLimit.PERSON_NAME, Field.RELATION, TextLimit.RELATION, Field.PHONE,
            TextLimit.PHONE, Field.BANK_ACCOUNT, TextLimit.BANK_ACCOUNT));

    Read read(Table.Row r) {
        for (Map.Entry<Field, TextLimit> e : LENGTHS.entrySet()) {
            if (mapping.has(e.getKey()) && Limits.text(e.getValue(), cell(r, e.getKey())).isPresent()) {
                return Read.refused(RejectReason.TOO_LONG, e.getKey().label(), Integer.toString(e.getValue().length()));
            }
        }
        String name = cell(r, Field.NAME);
        if (name.isEmpty()) {
            return Read.refused(RejectReason.MISSING_NAME);
        }
        IdCheck id = IdNumbers.checkInRegions(cell(r, Field.ID_NUMBER), today, RegionCodes.bundled());
        if (!id.valid()) {
            return Read.refused(RejectReason.BAD_ID, id.problem().message());
        }
        String region = cell(r, Field.REGION);
        if (!region.isEmpty() && !isCounty(region)) {
            // a name instead of the code (隆回县, 邵阳市隆回县): taken when it names one county only
            List<Region> named = RegionCodes.bundled().countiesNamed(region);
            if (named.size() > 1) {
                return Read.refused(RejectReason.AMBIGUOUS_REGION, region, named.stream()
                        .map(x -> x.code() + " " + x.fullName()).collect(java.util.stream.Collectors.joining("、")));
            }
            if (named.isEmpty()) {
                return Read.refused(RejectReason.BAD_REGION, region);
            }
            region = named.get(0).code();
        }
        String categoryText = cell(r, Field.CATEGORY);
        Optional<String> code = Vocabulary.category(categoryText);
        if (code.isEmpty()) {
            return Read.refused(RejectReason.UNKNOWN_CATEGORY, categoryText);
        }
        if (code.get().equals(Vocabulary.AMBIGUOUS)) {
            return Read.refused(RejectReason.AMBIGUOUS_CATEGORY, categoryText);
        }
        String fromText = cell(r, Field.FROM);
        if (fromText.isEmpty()) {
            return Read.refused(RejectReason.MISSING_START);
        }
        LocalDate from = ListDates.parse(fromText);
        if (from == null) {
            return Read.refused(RejectReason.BAD_DATE, fromText);
        }
        String toText = cell(r, Field.TO);
        LocalDate to = toText.isEmpty() ? null : ListDates.parse(toText);
        if (!toText.isEmpty() && to == null) {
            return Read.refused(RejectReason.BAD_DATE, toText);
        }
        if (Limits.date(from).isPresent()) {
            return Read.refused(RejectReason.DATE_OUT_OF_RANGE, Field.FROM.label(), from.toString());
        }
        if (to != null && Limits.date(to).isPresent()) {
            return Read.refused(RejectReason.DATE_OUT_OF_RANGE, Field.TO.label(), to.toString());
        }
        if (to != null && to.isBefore(from)) {
            return Read.refused(RejectReason.END_BEFORE_START, from.toString(), to.toString());
        }
        String deptText = cell(r, Field.DEPARTMENT);
        Department dept = null;
        if (!deptText.isEmpty()) {
            Optional<Department> d = Vocabulary.department(deptText);
            if (d.isEmpty()) {
                return Read.refused(RejectReason.UNKNOWN_DEPARTMENT, deptText);
            }
            dept = d.get();
        }
        String changeText = cell(r, Field.CHANGE_TYPE);
        Boolean exit = ChangeTypes.isExit(changeText);
        if (exit == null) {
            return Read.refused(RejectReason.UNKNOWN_CHANGE_TYPE, changeText);
        }
        String headId = cell(r, Field.HEAD_ID_NUMBER).toUpperCase(java.util.Locale.ROOT);
        return new Read(new ListRow(name, id.normalized(), Category.valueOf(code.get()), from, to, dept,
                blank(cell(r, Field.DOCUMENT_NO)), blank(cell(r, Field.TOWNSHIP)), blank(cell(r, Field.VILLAGE)),
                blank(cell(r, Field.HEAD_NAME)), blank(headId), blank(cell(r, Field.RELATION)),
                blank(cell(r, Field.PHONE)), blank(cell(r, Field.BANK_ACCOUNT)), blank(region), exit), null, List.of());
    }

    /** A county-level GB/T 2260 code, current or retired (as the person form takes it, ADR 0066). */
    private static boolean isCounty(String code) {
        return code.matches("\\d{6}") && RegionCodes.bundled().find(code).filter(Region::county).isPresent();
    }

    private String cell(Table.Row r, Field f) {
        return r.cell(mapping.column(f)).strip();
    }

    private static String blank(String s) {
        return s.isEmpty() ? null : s;
    }
}
