package org.medaid.importer;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.medaid.store.CategoryRecord;
import org.medaid.store.PersonBatch;
import org.medaid.store.PersonRecord;
import org.medaid.store.StoreException;

/**
 * Makes a classified list's writes by JDBC batches of {@value #BATCH} (ADR 0076), in the order their keys need:
 * new people who head a household or stand alone, then new members of households headed by a new person, then
 * changes of stored people, then categories added, then categories changed. Each written record has its audit row
 * ({@link PersonBatch}). The caller's transaction makes it all or nothing.
 */
final class ImportWrites {

    static final int BATCH = 1000;

    private final PersonBatch batch;
    private final ImportListener listener;
    private final int total;
    private final Map<Long, PersonRecord> added = new HashMap<>();
    private int done;

    private ImportWrites(PersonBatch batch, ImportListener listener, int total) {
        this.batch = batch;
        this.listener = listener;
        this.total = total;
    }

    static void apply(PersonBatch batch, List<RowWrite> writes, ImportListener listener) throws SQLException {
        List<PersonRecord> heads = new ArrayList<>();
        List<PersonRecord> members = new ArrayList<>();
        List<PersonBatch.Change<PersonRecord>> changed = new ArrayList<>();
        List<RowWrite> newCategories = new ArrayList<>();
        List<PersonBatch.Change<CategoryRecord>> corrected = new ArrayList<>();
        for (RowWrite w : writes) {
            if (w.person() != null && w.personBefore() == null) {
                Long head = w.person().householdHeadId();
                (head != null && head < 0 ? members : heads).add(w.person());
            } else if (w.person() != null) {
                changed.add(new PersonBatch.Change<>(w.personBefore(), w.person()));
            }
            if (w.category() != null && w.categoryBefore() == null) {
                newCategories.add(w);
            } else if (w.category() != null) {
                corrected.add(new PersonBatch.Change<>(w.categoryBefore(), w.category()));
            }
        }
        ImportWrites run = new ImportWrites(batch, listener,
                heads.size() + members.size() + changed.size() + newCategories.size() + corrected.size());
        run.enrol(heads);
        run.enrol(members);
        run.inBatches(changed, batch::update);
        run.inBatches(newCategories, ws -> batch.add(ws.stream().map(run::stored).toList()));
        run.inBatches(corrected, batch::correct);
    }

    private void enrol(List<PersonRecord> people) throws SQLException {
        inBatches(people, chunk -> {
            List<PersonRecord> stored = batch.enrol(chunk.stream().map(this::withStoredHead).toList());
            for (int i = 0; i < chunk.size(); i++) {
                added.put(chunk.get(i).id(), stored.get(i));
            }
            return stored;
        });
    }

    /** A new member's 户主 added by this list: stored by now, and the head of their own household. */
    private PersonRecord withStoredHead(PersonRecord p) {
        Long head = p.householdHeadId();
        if (head == null || head > 0) {
            return p;
        }
        PersonRecord h = added.get(head);
        if (h == null || h.householdHeadId() != null) {
            throw new StoreException(ImportMessages.format("Import.headNotHead", p.name(), h == null ? "?" : h.name()));
        }
        return new PersonRecord(p.id(), p.version(), p.name(), p.idNumber(), p.birthDate(), p.sex(), p.region(),
                p.township(), p.village(), h.id(), p.relation(), p.phone(), p.bankAccount(), p.insurance(),
                p.enrolmentYear(), p.voided(), p.bankName());
    }

    /** The category of a row with its person's stored id. */
    private PersonBatch.NewCategory stored(RowWrite w) {
        CategoryRecord k = w.category();
        long personId = k.personId() > 0 ? k.personId() : added.get(k.personId()).id();
        return new PersonBatch.NewCategory(new CategoryRecord(0, 0, personId, k.code(), k.from(), k.to(), k.department(),
                k.documentNo(), false), w.name());
    }

    private interface Chunk<T> {
        List<?> write(List<T> chunk) throws SQLException;
    }

    /** Writes {@code all} in batches, checking for a cancel before each and reporting each record written. */
    private <T> void inBatches(List<T> all, Chunk<T> write) throws SQLException {
        for (int from = 0; from < all.size(); from += BATCH) {
            if (listener.cancelled()) {
                throw new ImportCancelledException();
            }
            List<T> chunk = all.subList(from, Math.min(all.size(), from + BATCH));
            write.write(chunk);
            for (int i = 0; i < chunk.size(); i++) {
                listener.progress(++done, total);
            }
        }
    }
}
