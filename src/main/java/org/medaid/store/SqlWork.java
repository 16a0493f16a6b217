package org.medaid.store;

import java.sql.SQLException;

/** Work done with one transaction's handle ({@link Tx}) inside {@link Database#inTransaction} or {@link Database#read}. */
@FunctionalInterface
public interface SqlWork<T> {

    T run(Tx tx) throws SQLException;
}
