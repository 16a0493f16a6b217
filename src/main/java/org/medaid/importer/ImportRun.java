package org.medaid.importer;

import org.medaid.session.Session;

import org.medaid.store.Tx;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
import org.medaid.model.Insurance;
import org.medaid.model.Labels;
import org.medaid.store.CategoryRecord;
import org.medaid.store.CategoryWriter;
import org.medaid.store.PersonReader;
import org.medaid.store.PersonRecord;
import org.medaid.store.PersonWriter;

/**
 * One pass over a list on one connection: classifies every row and, when given a writer, applies it.
 * The preview runs without a writer and the commit with one, through the same code, so that what the
 * clerk saw is what is written. Heads of households are taken before their members.
 */
final class ImportRun {

    /** A person added by an earlier row of this run: later rows for the same ID add categories to them. */
    private record Added(String name, long personId, List<CategoryRecord> spans) {
    }

    private final Tx c;
    private final ColumnMapping mapping;
    private final LocalDate today;
    private final PersonWriter writer;
    private final Session session;
    private final ListInfo info;
    private final Map<String, Added> added = new HashMap<>();
    private long placeholderIds = -1;

    ImportRun(Tx c, ColumnMapping mapping, LocalDate today, PersonWriter writer, Session session) {
        this(c, mapping, today, writer, session, null);
    }

    ImportRun(Tx c, ColumnMapping mapping, LocalDate today, PersonWriter writer, Session session, ListInfo info) {
        this.info = info;
        this.c = c;
        this.mapping = mapping;
        this.today = today;
        this.writer = writer;
        this.session = session;
    }

    List<PreviewRow> run(Table table, ImportListener listener) throws SQLException {
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
        return Arrays.asList(out);
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
        PersonRecord stored = PersonReader.byIdNumber(c, row.idNumber()).orElse(null);
        if (stored == null) {
            return addPerson(line, row);
        }
        if (!stored.name().equals(row.name())) {
            return reject(line, row, RejectReason.NAME_MISMATCH, row.name(), stored.name());
        }
        List<CategoryRecord> living = PersonReader.categories(c, stored.id()).stream().filter(k -> !k.voided()).toList();
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
            return new PreviewRow(line, RowOutcome.UNCHANGED, null, null, row, stored.id(), null);
        }
        if (writer != null) {
            if (corrected != null) {
                writer.categories().correct(c, corrected, session);
            }
            if (fresh != null) {
                writer.categories().add(c, fresh, session);
            }
            if (updated != stored) {
                writer.update(c, updated, session);
            }
        }
        return new PreviewRow(line, RowOutcome.CHANGE, null, null, row, stored.id(), changes);
    }

    /**
     * A change list's 退出 row: ends the held span of the category on the row's end date, else the list's date
     * (临医保发〔2022〕13号 六 变化库; 广西通知 二(二) 新增和退出人员名单).
     */
    private PreviewRow exit(int line, ListRow row) throws SQLException {
        LocalDate endOn = row.to() != null ? row.to() : info != null ? info.listDate() : today;
        PersonRecord stored = PersonReader.byIdNumber(c, row.idNumber()).orElse(null);
        String label = Labels.of(row.category());
        if (stored == null) {
            return reject(line, row, RejectReason.EXIT_NOT_HELD, label, endOn.toString());
        }
        if (!stored.name().equals(row.name())) {
            return reject(line, row, RejectReason.NAME_MISMATCH, row.name(), stored.name());
        }
        List<CategoryRecord> same = PersonReader.categories(c, stored.id()).stream()
                .filter(k -> !k.voided() && k.code() == row.category()).toList();
        CategoryRecord held = same.stream().filter(k -> k.from().equals(row.from())).findFirst()
                .orElse(same.stream().filter(k -> !k.from().isAfter(endOn) && (k.to() == null || !k.to().isBefore(endOn)))
                        .findFirst().orElse(null));
        if (held == null) {
            return reject(line, row, RejectReason.EXIT_NOT_HELD, label, endOn.toString());
        }
        if (endOn.isBefore(held.from())) {
            return reject(line, row, RejectReason.END_BEFORE_START, held.from().toString(), endOn.toString());
        }
        if (endOn.equals(held.to())) {
            return new PreviewRow(line, RowOutcome.UNCHANGED, null, null, row, stored.id(), null);
        }
        if (writer != null) {
            writer.categories().correct(c, new CategoryRecord(held.id(), held.version(), held.personId(), held.code(),
                    held.from(), endOn, held.department(), held.documentNo(), false), session);
        }
        return new PreviewRow(line, RowOutcome.CHANGE, null, null, row, stored.id(),
                List.of(ImportMessages.format("Change.category.exit", label, endOn)));
    }

    private PreviewRow addPerson(int line, ListRow row) throws SQLException {
        List<String> changes = new ArrayList<>();
        changes.add(ImportMessages.format("Change.person.new", row.name()));
        changes.add(ImportMessages.format("Change.category.add", Labels.of(row.category()), row.from()));
        Long headId = headOf(row);
        if (headId != null) {
            changes.add(ImportMessages.format("Change.person.head", row.headName() != null ? row.headName() : row.headIdNumber()));
        }
        long id;
        CategoryRecord span = span(0, row);
        if (writer != null) {
            PersonRecord p = new PersonRecord(0, 0, row.name(), row.idNumber(), null, null, null, row.township(),
                    row.village(), headId, row.relation(), row.phone(), row.bankAccount(), Insurance.RESIDENT,
                    today.getYear(), false);
            id = writer.enrol(c, p, List.of(span), session).id();
        } else {
            id = placeholderIds--;
        }
        List<CategoryRecord> spans = new ArrayList<>();
        spans.add(span);
        added.put(row.idNumber(), new Added(row.name(), id, spans));
        return new PreviewRow(line, RowOutcome.ADD, null, null, row, id > 0 ? id : null, changes);
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
        if (writer != null) {
            writer.categories().add(c, span, session);
        }
        person.spans().add(span);
        return new PreviewRow(line, RowOutcome.ADD, null, null, row, person.personId() > 0 ? person.personId() : null,
                List.of(ImportMessages.format("Change.category.add", Labels.of(row.category()), row.from())));
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
            return a.personId(); // a placeholder below zero in the preview, the stored id in the commit
        }
        return PersonReader.byIdNumber(c, row.headIdNumber()).filter(h -> h.householdHeadId() == null)
                .map(PersonRecord::id).orElse(null);
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
