package org.medaid.importer;

import org.medaid.store.Tx;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;
import org.medaid.identity.RegionCodes;
import org.medaid.model.Insurance;
import org.medaid.model.Labels;
import org.medaid.store.CategoryRecord;
import org.medaid.store.CategoryWriter;
import org.medaid.store.PersonReader;
import org.medaid.store.PersonRecord;

/**
 * One pass over a list: classifies every row against the store as this transaction sees it, and says what each
 * row writes ({@link RowWrite}). The people the file names are read by one bulk lookup, then every row is
 * classified in memory against them as the earlier rows of the run leave them, so that what the clerk saw is what
 * the commit writes (ADR 0076). Heads of households are taken before their members.
 */
final class ImportRun {

    /** The rows classified in file order, and the writes in the order they must be made. */
    record Classified(List<PreviewRow> rows, List<RowWrite> writes) {
    }

    /** A person added by an earlier row of this run: later rows for the same ID add categories to them. */
    private record Added(String name, long personId, String region, List<CategoryRecord> spans) {
    }

    private final Tx c;
    private final ColumnMapping mapping;
    private final LocalDate today;
    private final ListInfo info;
    private final Map<String, Added> added = new HashMap<>();
    private final List<RowWrite> writes = new ArrayList<>();
    /** The living people the file names (rows and 户主), by ID number, and their categories: as this run leaves them. */
    private Map<String, PersonRecord> people;
    private Map<Long, List<CategoryRecord>> categories;
    private long placeholderIds = -1;

    ImportRun(Tx c, ColumnMapping mapping, LocalDate today, ListInfo info) {
        this.c = c;
        this.mapping = mapping;
        this.today = today;
        this.info = info;
    }

    Classified run(Table table, ImportListener listener) throws SQLException {
        List<Table.Row> rows = table.rows();
        RowReader reader = new RowReader(mapping, today);
        RowReader.Read[] reads = new RowReader.Read[rows.size()];
        Map<String, Integer> firstLine = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            reads[i] = reader.read(rows.get(i));
            if (reads[i].row() != null) {
                Integer earlier = firstLine.putIfAbsent(reads[i].row().key(), rows.get(i).line());
                if (earlier != null) {
                    reads[i] = RowReader.Read.refused(RejectReason.DUPLICATE_IN_FILE, String.valueOf(earlier));
                }
            }
        }
        load(reads);
        PreviewRow[] out = new PreviewRow[rows.size()];
        List<Integer> order = IntStream.range(0, rows.size()).boxed()
                .sorted(Comparator.comparingInt(i -> isMember(reads[i]) ? 1 : 0)).toList();
        int done = 0;
        for (int i : order) {
            if (listener.cancelled()) {
                throw new ImportCancelledException();
            }
            int line = rows.get(i).line();
            RowReader.Read read = reads[i];
            out[i] = read.row() == null
                    ? new PreviewRow(line, RowOutcome.REJECT, read.reason(), read.args(), null, null, null)
                    : classify(line, read.row());
            listener.progress(++done, rows.size());
        }
        return new Classified(Arrays.asList(out), writes);
    }

    /** One bulk lookup of the ID numbers of the file (rows and 户主) instead of a query per row. */
    private void load(RowReader.Read[] reads) throws SQLException {
        Set<String> numbers = new HashSet<>();
        for (RowReader.Read read : reads) {
            if (read.row() != null) {
                numbers.add(read.row().idNumber());
                if (read.row().headIdNumber() != null) {
                    numbers.add(read.row().headIdNumber());
                }
            }
        }
        people = PersonReader.byIdNumbers(c, numbers);
        categories = PersonReader.categories(c, people.values().stream().map(PersonRecord::id).toList());
    }

    /** The person's living categories as stored and as this run has changed them so far. */
    private List<CategoryRecord> living(long personId) {
        List<CategoryRecord> all = categories.computeIfAbsent(personId, x -> new ArrayList<>());
        all.removeIf(CategoryRecord::voided);
        return all;
    }

    private static boolean isMember(RowReader.Read read) {
        return read.row() != null && read.row().headIdNumber() != null && !read.row().headIdNumber().equals(read.row().idNumber());
    }

    private PreviewRow classify(int line, ListRow row) throws SQLException {
        if (row.exit()) {
            return exit(line, row);
        }
        Added earlier = added.get(row.idNumber());
        if (earlier != null) {
            return addToNewPerson(line, row, earlier);
        }
        PersonRecord stored = people.get(row.idNumber());
        if (stored == null) {
            return addPerson(line, row);
        }
        if (!stored.name().equals(row.name())) {
            return reject(line, row, RejectReason.NAME_MISMATCH, row.name(), stored.name());
        }
        List<String> notes = regionNotes(row, stored.region());
        List<CategoryRecord> living = living(stored.id());
        CategoryRecord same = living.stream()
                .filter(k -> k.code() == row.category() && k.from().equals(row.from())).findFirst().orElse(null);
        List<String> changes = new ArrayList<>();
        CategoryRecord corrected = null;
        CategoryRecord fresh = null;
        if (same != null) {
            corrected = corrected(same, row, changes);
        } else {
            fresh = span(stored.id(), row);
            CategoryRecord clash = overlap(living, fresh);
            if (clash != null) {
                return reject(line, row, RejectReason.OVERLAPS, Labels.of(clash.code()), clash.from().toString());
            }
            changes.add(ImportMessages.format("Change.category.add", Labels.of(row.category()), row.from()));
        }
        PersonRecord updated = updatedPerson(stored, row, changes);
        if (changes.isEmpty()) {
            return new PreviewRow(line, RowOutcome.UNCHANGED, null, null, row, stored.id(), null, notes);
        }
        boolean personChanged = updated != stored;
        if (personChanged) {
            people.put(stored.idNumber(), next(updated));
        }
        CategoryRecord categoryBefore = corrected != null ? same : null;
        CategoryRecord category = corrected != null ? corrected : fresh;
        if (corrected != null) {
            living.set(living.indexOf(same), next(corrected));
        } else {
            living.add(fresh); // id 0: overlaps are checked against it, an exit does not end it (it is not stored yet)
        }
        writes.add(new RowWrite(stored.name(), personChanged ? stored : null, personChanged ? updated : null,
                categoryBefore, category));
        return new PreviewRow(line, RowOutcome.CHANGE, null, null, row, stored.id(), changes, notes);
    }

    /**
     * A change list's 退出 row: ends the held span of the category on the row's end date, else the list's date
     * (临医保发〔2022〕13号 六 变化库; 广西通知 二(二) 新增和退出人员名单).
     */
    private PreviewRow exit(int line, ListRow row) throws SQLException {
        LocalDate endOn = row.to() != null ? row.to() : info != null ? info.listDate() : today;
        PersonRecord stored = people.get(row.idNumber());
        String label = Labels.of(row.category());
        if (stored == null) {
            return reject(line, row, RejectReason.EXIT_NOT_HELD, label, endOn.toString());
        }
        if (!stored.name().equals(row.name())) {
            return reject(line, row, RejectReason.NAME_MISMATCH, row.name(), stored.name());
        }
        List<CategoryRecord> living = living(stored.id());
        List<CategoryRecord> same = living.stream().filter(k -> k.id() > 0 && k.code() == row.category()).toList();
        CategoryRecord held = same.stream().filter(k -> k.from().equals(row.from())).findFirst()
                .orElse(same.stream().filter(k -> !k.from().isAfter(endOn) && (k.to() == null || !k.to().isBefore(endOn)))
                        .findFirst().orElse(null));
        if (held == null) {
            return reject(line, row, RejectReason.EXIT_NOT_HELD, label, endOn.toString());
        }
        if (endOn.isBefore(held.from())) {
            return reject(line, row, RejectReason.END_BEFORE_START, held.from().toString(), endOn.toString());
        }
        List<String> notes = regionNotes(row, stored.region());
        if (endOn.equals(held.to())) {
            return new PreviewRow(line, RowOutcome.UNCHANGED, null, null, row, stored.id(), null, notes);
        }
        CategoryRecord ended = new CategoryRecord(held.id(), held.version(), held.personId(), held.code(), held.from(),
                endOn, held.department(), held.documentNo(), false);
        living.set(living.indexOf(held), next(ended));
        writes.add(new RowWrite(stored.name(), null, null, held, ended));
        return new PreviewRow(line, RowOutcome.CHANGE, null, null, row, stored.id(),
                List.of(ImportMessages.format("Change.category.exit", label, endOn)), notes);
    }

    private PreviewRow addPerson(int line, ListRow row) throws SQLException {
        List<String> changes = new ArrayList<>();
        changes.add(ImportMessages.format("Change.person.new", row.name()));
        changes.add(ImportMessages.format("Change.category.add", Labels.of(row.category()), row.from()));
        Long headId = headOf(row);
        if (headId != null) {
            changes.add(ImportMessages.format("Change.person.head", row.headName() != null ? row.headName() : row.headIdNumber()));
        }
        // the policy region is the list's 户籍地 code, else proposed from the ID number (ADR 0066), never silently
        String region = row.region() != null ? row.region() : row.idNumber().substring(0, 6);
        List<String> notes = row.region() != null ? List.of()
                : List.of(ImportMessages.format("Note.region.fromId", region, regionName(region)));
        long id = placeholderIds--;
        CategoryRecord span = span(id, row);
        writes.add(new RowWrite(row.name(), null, new PersonRecord(id, 0, row.name(), row.idNumber(), null, null, region,
                row.township(), row.village(), headId, row.relation(), row.phone(), row.bankAccount(), Insurance.RESIDENT,
                today.getYear(), false), null, span));
        List<CategoryRecord> spans = new ArrayList<>();
        spans.add(span);
        added.put(row.idNumber(), new Added(row.name(), id, region, spans));
        return new PreviewRow(line, RowOutcome.ADD, null, null, row, null, changes, notes);
    }

    private PreviewRow addToNewPerson(int line, ListRow row, Added person) throws SQLException {
        if (!person.name().equals(row.name())) {
            return reject(line, row, RejectReason.NAME_MISMATCH, row.name(), person.name());
        }
        CategoryRecord span = span(person.personId(), row);
        CategoryRecord clash = overlap(person.spans(), span);
        if (clash != null) {
            return reject(line, row, RejectReason.OVERLAPS, Labels.of(clash.code()), clash.from().toString());
        }
        writes.add(new RowWrite(person.name(), null, null, null, span));
        person.spans().add(span);
        List<String> notes = row.region() == null || row.region().equals(person.region()) ? List.of()
                : List.of(ImportMessages.format("Note.region.differsInFile", row.region(), regionName(row.region()),
                        person.region(), regionName(person.region())));
        return new PreviewRow(line, RowOutcome.ADD, null, null, row, null,
                List.of(ImportMessages.format("Change.category.add", Labels.of(row.category()), row.from())), notes);
    }

    /**
     * A list never changes a stored person's policy region (ADR 0066: only the person page does, with a reason): a
     * list region that differs is said, not written.
     */
    private static List<String> regionNotes(ListRow row, String stored) {
        if (row.region() == null || row.region().equals(stored)) {
            return List.of();
        }
        return List.of(ImportMessages.format("Note.region.differs", row.region(), regionName(row.region()),
                text(stored), stored == null ? "" : regionName(stored)));
    }

    private static String regionName(String code) {
        return RegionCodes.bundled().displayName(code);
    }

    /** The stored category with the file's end date, department and document number, when they differ. */
    private CategoryRecord corrected(CategoryRecord k, ListRow row, List<String> changes) {
        LocalDate to = mapping.has(Field.TO) ? row.to() : k.to();
        var dept = row.department() != null ? row.department() : k.department();
        String doc = row.documentNo() != null ? row.documentNo() : k.documentNo();
        String label = Labels.of(k.code());
        if (!Objects.equals(to, k.to())) {
            changes.add(ImportMessages.format("Change.category.to", label, text(k.to()), text(to)));
        }
        if (dept != k.department()) {
            changes.add(ImportMessages.format("Change.category.department", label, k.department() == null ? "—"
                    : Labels.of(k.department()), Labels.of(dept)));
        }
        if (!Objects.equals(doc, k.documentNo())) {
            changes.add(ImportMessages.format("Change.category.documentNo", label, text(k.documentNo()), doc));
        }
        return changes.isEmpty() ? null
                : new CategoryRecord(k.id(), k.version(), k.personId(), k.code(), k.from(), to, dept, doc, false);
    }

    /** The stored person with the file's township, village, phone, bank account and relation, when given and different. */
    private PersonRecord updatedPerson(PersonRecord p, ListRow row, List<String> changes) {
        String township = change(Field.TOWNSHIP, p.township(), row.township(), changes);
        String village = change(Field.VILLAGE, p.village(), row.village(), changes);
        String phone = change(Field.PHONE, p.phone(), row.phone(), changes);
        String bank = change(Field.BANK_ACCOUNT, p.bankAccount(), row.bankAccount(), changes);
        String relation = change(Field.RELATION, p.relation(), row.relation(), changes);
        boolean same = Objects.equals(township, p.township()) && Objects.equals(village, p.village())
                && Objects.equals(phone, p.phone()) && Objects.equals(bank, p.bankAccount())
                && Objects.equals(relation, p.relation());
        return same ? p : new PersonRecord(p.id(), p.version(), p.name(), p.idNumber(), p.birthDate(), p.sex(), p.region(),
                township, village, p.householdHeadId(), relation, phone, bank, p.insurance(), p.enrolmentYear(), false,
                // a new account from the list may be at another bank: its name is entered again on the person form
                Objects.equals(bank, p.bankAccount()) ? p.bankName() : null);
    }

    private static String change(Field field, String stored, String given, List<String> changes) {
        if (given == null || given.equals(stored)) {
            return stored;
        }
        changes.add(ImportMessages.format("Change.person.field", field.label(), text(stored), given));
        return given;
    }

    /** The 户主 by ID number, stored or added earlier in this run, when it heads a household itself. */
    private Long headOf(ListRow row) throws SQLException {
        if (row.headIdNumber() == null || row.headIdNumber().equals(row.idNumber())) {
            return null;
        }
        Added a = added.get(row.headIdNumber());
        if (a != null) {
            return a.personId(); // a placeholder below zero: the commit writes the head first
        }
        PersonRecord head = people.get(row.headIdNumber());
        return head != null && head.householdHeadId() == null ? head.id() : null;
    }

    /** The record as the store holds it once changed: its version one up. */
    private static PersonRecord next(PersonRecord p) {
        return new PersonRecord(p.id(), p.version() + 1, p.name(), p.idNumber(), p.birthDate(), p.sex(), p.region(),
                p.township(), p.village(), p.householdHeadId(), p.relation(), p.phone(), p.bankAccount(), p.insurance(),
                p.enrolmentYear(), p.voided(), p.bankName());
    }

    private static CategoryRecord next(CategoryRecord k) {
        return new CategoryRecord(k.id(), k.version() + 1, k.personId(), k.code(), k.from(), k.to(), k.department(),
                k.documentNo(), k.voided());
    }

    private static CategoryRecord span(long personId, ListRow row) {
        return new CategoryRecord(0, 0, personId, row.category(), row.from(), row.to(), row.department(), row.documentNo(), false);
    }

    private static CategoryRecord overlap(List<CategoryRecord> spans, CategoryRecord k) {
        return spans.stream().filter(s -> s.code() == k.code() && CategoryWriter.overlaps(s, k)).findFirst().orElse(null);
    }

    private static PreviewRow reject(int line, ListRow row, RejectReason reason, String... args) {
        return new PreviewRow(line, RowOutcome.REJECT, reason, List.of(args), row, null, null);
    }

    private static String text(Object o) {
        return o == null ? "—" : o.toString();
    }
}
