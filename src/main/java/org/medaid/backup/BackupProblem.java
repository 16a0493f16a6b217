package org.medaid.backup;

/**
 * Why a backup or a restore was refused. The desk shows {@code firstrun} bundle key
 * {@code backup.problem.CODE} with the detail; the codes never change meaning.
 */
public enum BackupProblem {
    /** The chosen folder cannot be written (no rights, no space, a USB stick pulled out). */
    TARGET_NOT_WRITABLE,
    /** H2 refused or failed the BACKUP statement. */
    BACKUP_FAILED,
    /** The copy in the backup does not hold the same rows as the database it was taken from. */
    VERIFY_FAILED,
    /** The file is not a zip file, or a damaged one. */
    NOT_A_ZIP,
    /** A zip without a medaid-desk database and its manifest: not a backup of this program. */
    FOREIGN_FILE,
    /** The database in the backup does not match its manifest: the file was damaged or changed. */
    DAMAGED,
    /** Made by a newer medaid-desk with a schema this program does not know. */
    NEWER_SCHEMA,
    /** The data folder could not be changed (restore staging or applying). */
    DATA_FOLDER_FAILED,
    /** Made by another desk (another store key): its MAC cannot be checked with this desk's key. */
    OTHER_DESK,
    /** The MAC does not match: the file was changed after the desk wrote it (or forged). */
    TAMPERED,
    /** A backup without keyring and MAC (an unencrypted one, from before encryption) cannot be trusted. */
    UNSIGNED,
    /** Its catalogue holds objects the migrations did not create (triggers, aliases, users, settings ...). */
    FOREIGN_OBJECTS,
    /** Neither the password nor the recovery code given opens the backup's keyring. */
    WRONG_SECRET,
    /** The zip holds a file the desk never writes into a backup, or one of its entries twice. */
    UNEXPECTED_ENTRY,
    /** On a new PC: the password given is not that of an active 系统管理员 of the backup. */
    NOT_ADMINISTRATOR
}
