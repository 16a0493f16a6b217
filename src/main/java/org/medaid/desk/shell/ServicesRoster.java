package org.medaid.desk.shell;

import java.util.List;
import java.util.function.Supplier;
import org.medaid.desk.common.DeskServices;
import org.medaid.roster.Roster;
import org.medaid.roster.RosterQuery;
import org.medaid.roster.RosterRow;

/** The roster of the services once they exist: lets the roster's view be built while the database opens. */
final class ServicesRoster implements Roster {

    private final Supplier<DeskServices> services;

    ServicesRoster(Supplier<DeskServices> services) {
        this.services = services;
    }

    @Override
    public List<RosterRow> search(RosterQuery query, int offset, int limit) {
        return services.get().roster().search(query, offset, limit);
    }

    @Override
    public int count(RosterQuery query) {
        return services.get().roster().count(query);
    }
}
