package org.medaid.roster;

import java.util.List;

/** The township roster, paged from the database: never loaded whole. */
public interface Roster {

    List<RosterRow> search(RosterQuery query, int offset, int limit);

    int count(RosterQuery query);
}
