package org.medaid.importer;

import org.medaid.session.Action;
import org.medaid.session.Session;
import org.medaid.store.Actors;

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
        return preview(table, mapping, null, listener);
    }

    /**
     * The preview of a file the clerk said is a full or change list ({@code info}; null: rows only): a full list
     * also shows the categories it ends ({@link FullListEndings}); a change list's 退出 rows end categories.
     */
    public ImportPreview preview(Table table, ColumnMapping mapping, ListInfo info, ImportListener listener) {
        requireMapping(mapping);
        return db.read(c -> {
            List<PreviewRow> rows = new ImportRun(c, mapping, LocalDate.now(clock), null, null, info).run(table, listener);
            return new ImportPreview(table, mapping, rows, info, FullListEndings.find(c, info, rows));
        });
    }

    /**
     * Writes the previewed rows in one transaction; refuses (and writes nothing) when the store changed
     * since the preview so that a row would now do something else.
     */
    public ImportResult commit(ImportPreview preview, Session session, ImportListener listener) {
        requireMapping(preview.mapping());
        PersonWriter writer = new PersonWriter(clock);
        return db.inTransaction(c -> {
            String user = Actors.author(c, session, Action.ENROL);
            // the endings as the store stands before this run's writes, as the preview saw them
            List<ListEnding> endings = FullListEndings.find(c, preview.info(), preview.rows());
            if (!endings.equals(preview.endings())) {
                throw new StoreException(ImportMessages.format("Import.changedSincePreview"));
            }
            List<PreviewRow> done = new ImportRun(c, preview.mapping(), LocalDate.now(clock), writer, session, preview.info())
                    .run(preview.table(), listener);
            for (int i = 0; i < done.size(); i++) {
                PreviewRow was = preview.rows().get(i);
                PreviewRow now = done.get(i);
                if (was.outcome() != now.outcome() || !was.changes().equals(now.changes())) {
                    throw new StoreException(ImportMessages.format("Import.changedSincePreview") + " (line " + now.line() + ")");
                }
            }
            FullListEndings.apply(c, writer.categories(), endings, session);
            if (preview.info() != null) {
                HeldEdits.applyWithList(c, writer.categories(), user, clock, preview.info().fileName());
            }
            ImportPreview result = new ImportPreview(preview.table(), preview.mapping(), done, preview.info(), endings);
            ImportResult counts = new ImportResult(result.count(RowOutcome.ADD), result.count(RowOutcome.CHANGE),
                    result.count(RowOutcome.UNCHANGED), result.count(RowOutcome.REJECT), result.exits(), endings.size());
            ImportLog.write(c, preview.info(), user, clock.instant(), counts);
            return counts;
        });
    }

    private static void requireMapping(ColumnMapping mapping) {
        if (!mapping.missingRequired().isEmpty()) {
            throw new IllegalArgumentException(ImportMessages.format("Mapping.missing",
                    String.join("、", mapping.missingRequired().stream().map(Field::label).toList())));
        }
    }
}
