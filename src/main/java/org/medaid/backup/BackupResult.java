package org.medaid.backup;

import java.nio.file.Path;

/** A verified backup: where it is, what it holds, how big it is and how long it took. */
public record BackupResult(Path file, BackupManifest manifest, long bytes, long millis) {
}
