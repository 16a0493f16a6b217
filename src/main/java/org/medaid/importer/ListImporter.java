package org.medaid.importer;

import org.medaid.session.Session;

import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.medaid.store.CategoryWriter;
import org.medaid.store.Database;
import org.medaid.store.PersonBatch;
import org.medaid.store.StoreException;
import org.medaid.store.StoreTip;
import org.medaid.store.Tx;

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
            // the tip first: a write committed while the preview reads changes it, and the commit classifies again
            StoreTip.Tip tip = StoreTip.current(c, false);
            LocalDate today = LocalDate.now(clock);
            ImportRun.Classified run = new ImportRun(c, mapping, today, info).run(table, listener);
            return new ImportPreview(table, mapping, run.rows(), info, FullListEndings.find(c, info, run.rows()),
                    new PreviewBasis(tip, today, run.writes()));
        });
    }

    /**
     * Writes the previewed rows in one transaction by batches (ADR 0076). The preview's writes are used as they are
     * when the store's tip is the one the preview saw (nothing written since); otherwise every row is classified
     * again, and the commit is refused, writing nothing, when a row would now do something else than the preview said.
     */
    public ImportResult commit(ImportPreview preview, Session session, ImportListener listener) {
        requireMapping(preview.mapping());
        return db.inTransaction(c -> {
            PersonBatch batch = PersonBatch.of(c, session, clock);
            String user = session.login();
            StoreTip.Tip tip = StoreTip.current(c, true); // locked: no other write until this one ends
            LocalDate today = LocalDate.now(clock);
            // the endings as the store stands before this run's writes, as the preview saw them
            List<ListEnding> endings = FullListEndings.find(c, preview.info(), preview.rows());
            if (!endings.equals(preview.endings())) {
                throw new StoreException(ImportMessages.format("Import.changedSincePreview"));
            }
            List<RowWrite> writes = preview.basis() != null && preview.basis().holds(tip, today)
                    ? preview.basis().writes() : classifiedAgain(c, preview, today, listener);
            ImportWrites.apply(batch, writes, listener);
            CategoryWriter categories = new CategoryWriter(clock);
            FullListEndings.apply(c, categories, endings, session);
            if (preview.info() != null) {
                HeldEdits.applyWithList(c, categories, user, clock, preview.info().fileName());
            }
            ImportResult counts = new ImportResult(preview.count(RowOutcome.ADD), preview.count(RowOutcome.CHANGE),
                    preview.count(RowOutcome.UNCHANGED), preview.count(RowOutcome.REJECT), preview.exits(), endings.size());
            ImportLog.write(c, preview.info(), user, clock.instant(), counts);
            return counts;
        });
    }

    /** Every row classified again in the commit's transaction: the writes, when each row still does what it did. */
    private static List<RowWrite> classifiedAgain(Tx c, ImportPreview preview, LocalDate today, ImportListener listener)
            throws SQLException {
        ImportListener cancelOnly = new ImportListener() {
            @Override
            public void progress(int done, int total) {
            }

            @Override
            public boolean cancelled() {
                return listener.cancelled();
            }
        };
        ImportRun.Classified now = new ImportRun(c, preview.mapping(), today, preview.info()).run(preview.table(), cancelOnly);
        for (int i = 0; i < now.rows().size(); i++) {
            PreviewRow was = preview.rows().get(i);
            PreviewRow is = now.rows().get(i);
            if (was.outcome() != is.outcome() || was.reason() != is.reason() || !was.changes().equals(is.changes())) {
                throw new StoreException(ImportMessages.format("Import.changedAtRow", String.valueOf(is.line()),
                        is.outcome().label(), was.outcome().label()));
            }
        }
        return now.writes();
    }

    private static void requireMapping(ColumnMapping mapping) {
        if (!mapping.missingRequired().isEmpty()) {
            throw new IllegalArgumentException(ImportMessages.format("Mapping.missing",
                    String.join("、", mapping.missingRequired().stream().map(Field::label).toList())));
        }
    }
}
