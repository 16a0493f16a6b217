package org.medaid.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done on one connection inside {@link Database#inTransaction} or {@link Database#read}. */
@FunctionalInterface
public interface SqlWork<T> {

    T run(Connection connection) throws SQLException;
}
