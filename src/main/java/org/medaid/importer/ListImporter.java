package org.medaid.importer;

import org.medaid.session.Session;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.medaid.store.Database;
import org.medaid.store.PersonWriter;
import org.medaid.store.StoreException;

/**
 * Imports a monthly list (临医保发〔2022〕13号 六: 全量库 and 变化库; the lists of the other regions):
 * {@link #preview} classifies every row without writing; {@link #commit} writes all of it in one
 * transaction, or nothing (a refused, failed or cancelled commit leaves the store as it was).
 * Re-importing a list already imported changes nothing: its rows are UNCHANGED.
 */
public final class ListImporter {

    private final Database db;
    private final Clock clock;

    public ListImporter(Database db) {
        this(db, Clock.systemDefaultZone());
    }

    public ListImporter(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public ImportPreview preview(Table table, ColumnMapping mapping, ImportListener listener) {
        requireMapping(mapping);
        List<PreviewRow> rows = db.read(c -> new ImportRun(c, mapping, LocalDate.now(clock), null, null).run(table, listener));
        return new ImportPreview(table, mapping, rows);
    }

    /**
     * Writes the previewed rows in one transaction; refuses (and writes nothing) when the store changed
     * since the preview so that a row would now do something else.
     */
    public ImportResult commit(ImportPreview preview, Session session, ImportListener listener) {
        requireMapping(preview.mapping());
        PersonWriter writer = new PersonWriter(clock);
        return db.inTransaction(c -> {
            List<PreviewRow> done = new ImportRun(c, preview.mapping(), LocalDate.now(clock), writer, session)
                    .run(preview.table(), listener);
            for (int i = 0; i < done.size(); i++) {
                PreviewRow was = preview.rows().get(i);
                PreviewRow now = done.get(i);
                if (was.outcome() != now.outcome() || !was.changes().equals(now.changes())) {
                    throw new StoreException(ImportMessages.format("Import.changedSincePreview") + " (line " + now.line() + ")");
                }
            }
            ImportPreview result = new ImportPreview(preview.table(), preview.mapping(), done);
            return new ImportResult(result.count(RowOutcome.ADD), result.count(RowOutcome.CHANGE),
                    result.count(RowOutcome.UNCHANGED), result.count(RowOutcome.REJECT));
        });
    }

    private static void requireMapping(ColumnMapping mapping) {
        if (!mapping.missingRequired().isEmpty()) {
            throw new IllegalArgumentException(ImportMessages.format("Mapping.missing",
                    String.join("、", mapping.missingRequired().stream().map(Field::label).toList())));
        }
    }
}
