package org.medaid.print;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Asked when there is no printer: shows the message (why printing is not possible) and lets the clerk
 * choose a file for the PDF; empty when the clerk declines. The desk answers with a save dialog.
 */
@FunctionalInterface
public interface SaveOffer {

    Optional<Path> askWhereToSave(String message, String suggestedFileName);
}
