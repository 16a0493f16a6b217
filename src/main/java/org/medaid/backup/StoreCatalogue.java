package org.medaid.backup;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.db.ValueDataType;
import org.h2.mvstore.tx.Transaction;
import org.h2.mvstore.tx.TransactionMap;
import org.h2.mvstore.tx.TransactionStore;
import org.h2.result.Row;
import org.medaid.store.crypt.AesFilePath;

/**
 * The catalogue of an H2 store file read as data (ADR 0033): the MVStore is opened read-only, below the
 * SQL engine, and the rows of H2's own meta table (map {@value #META_MAP}: id, head, type, SQL)
 * are read as strings. Nothing in the file is executed, no class is loaded, no table is read: this is
 * how a backup is checked for objects the migrations did not create BEFORE H2 opens it.
 */
final class StoreCatalogue {

    static final String META_MAP = "table.0";
    /** H2's object types (DbObject): the ones whose creation can name Java code. */
    static final int USER = 2;
    static final int TRIGGER = 4;
    static final int SETTING = 6;
    static final int FUNCTION_ALIAS = 9;
    static final int AGGREGATE = 14;

    /** Generated names carry object ids, which differ between two stores migrated alike. */
    private static final Pattern GENERATED = Pattern.compile("\"(CONSTRAINT|PRIMARY_KEY|FK|UK|INDEX|SYSTEM_SEQUENCE)_[0-9A-F_]+\"");
    private static final Pattern USER_SECRET = Pattern.compile(" SALT '[^']*' HASH '[^']*'");
    private static final Pattern BUILD = Pattern.compile("SET CREATE_BUILD \\d+");
    /** An identity sequence's current value and a column's selectivity (ANALYZE statistics) are data, not schema. */
    private static final Pattern RESTART = Pattern.compile(" (RESTART WITH|SELECTIVITY) \\d+");

    private StoreCatalogue() {
    }

    /** One catalogue entry: H2's object type and its CREATE statement with generated names and user secrets masked. */
    record Entry(int type, String sql) implements Comparable<Entry> {

        @Override
        public int compareTo(Entry o) {
            return type != o.type ? Integer.compare(type, o.type) : sql.compareTo(o.sql);
        }
    }

    /** The catalogue of {@code mvDb}, opened with {@code filePassword} (null for a plain file). */
    static List<Entry> read(Path mvDb, char[] filePassword) {
        String file = mvDb.toAbsolutePath().toString();
        MVStore store = new MVStore.Builder().fileName(filePassword == null ? file : AesFilePath.name(file, filePassword))
                .readOnly().open();
        try {
            if (!store.hasMap(META_MAP)) {
                throw new IllegalStateException("no H2 catalogue in " + mvDb.getFileName());
            }
            TransactionStore ts = new TransactionStore(store, new ValueDataType());
            ts.init();
            Transaction tx = ts.begin();
            TransactionMap<Object, Object> meta = tx.openMap(META_MAP);
            List<Entry> entries = new ArrayList<>();
            for (Iterator<Object> keys = meta.keyIterator(null); keys.hasNext();) {
                Row row = (Row) meta.get(keys.next());
                entries.add(new Entry(row.getValue(2).getInt(), normalize(row.getValue(3).getString())));
            }
            entries.sort(null);
            return entries;
        } finally {
            store.close();
        }
    }

    static String normalize(String sql) {
        String s = GENERATED.matcher(sql).replaceAll("\"$1_#\"");
        s = USER_SECRET.matcher(s).replaceAll("");
        s = RESTART.matcher(s).replaceAll("");
        return BUILD.matcher(s).replaceAll("SET CREATE_BUILD #");
    }
}
