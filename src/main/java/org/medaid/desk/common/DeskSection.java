package org.medaid.desk.common;

import javafx.scene.Node;
import org.medaid.session.Action;

/**
 * One entry of the desk's navigation (ADR 0042). {@link #slot()} names it (order, title key, Ctrl+digit);
 * {@link #view()} is called once, on the first visit, in the current language; {@link #shown()} each time
 * the clerk comes back. Sections are made in one place, {@link DeskShell#sections}, with the one services
 * record and the login's session; a section never makes services of its own.
 */
public interface DeskSection {

    Section slot();

    /** The section's page; built on first visit. */
    Node view();

    /** The section came on screen (focus the first field, refresh what may have changed). */
    default void shown() {
    }

    /** The duty the session must hold to see the section; null for every logged-in user. */
    default Action needs() {
        return null;
    }
}
