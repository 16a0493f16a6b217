package org.medaid.desk.preview;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the clerk wants a PDF saved: the desk asks with a save dialog (after saying why, when there is no
 * printer: {@code reason} not null); tests answer with a file of their own. Empty: the clerk declined.
 */
@FunctionalInterface
public interface SaveTarget {

    Optional<Path> ask(String reason, String suggestedFileName);
}
