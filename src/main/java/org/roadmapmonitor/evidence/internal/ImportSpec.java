package org.roadmapmonitor.evidence.internal;

import java.util.List;
import org.roadmapmonitor.evidence.RecordType;

/**
 * How one record type is imported: the columns a file may have (any order; others are ignored), the ones it
 * must have, and the SQL that validates a staged file and merges it into the records.
 */
public interface ImportSpec {
    RecordType type();

    /** Every column this type reads, in the order of the documentation. */
    List<String> columns();

    /**
     * Raised whenever what a staging table holds changes in a way {@link #columns()} and {@link #derivedColumns()}
     * do not show (how rows are normalised, what a derived column means, how lines are numbered): a job staged
     * under another layout is then refused rather than merged wrongly.
     */
    int STAGING_VERSION = 2;

    /**
     * The layout of this type's staging table, recorded with each job as it is staged: its version and its
     * columns. A job staged under another layout (by another version of the application) cannot be resumed.
     */
    default String stagingLayout() {
        return STAGING_VERSION + ":" + type().path() + ":"
                + Integer.toHexString((columns() + "|" + derivedColumns()).hashCode());
    }

    /** Columns without which no row could be read. */
    List<String> requiredColumns();

    /**
     * Checks each row in Java while the file streams in, and stages it normalised (trimmed, empty as null,
     * codes in capitals): far cheaper than the same rules in SQL over the staging table. Null (the default):
     * the file is copied into staging as it is and {@link #validate} checks every rule.
     */
    default RowCheck rowCheck(List<String> allowedJurisdictions) {
        return null;
    }

    /**
     * Columns that {@link #rowCheck} computes from each row and stages after {@link #columns()} (never read from
     * the file): what lets the whole-file checks in SQL compare one column instead of many.
     */
    default List<String> derivedColumns() {
        return List.of();
    }

    /**
     * Stores every problem of the staged rows in {@code evidence_import_error}; returns how many (with those
     * that {@link #rowCheck} found while the file was staged, counted in the job's {@code error_count}).
     */
    long validate(StagedFile file);

    /**
     * Merges the staged rows into the records; called only when {@link #validate} found nothing, in the same
     * transaction (so it may reuse what validation computed). Returns the problems that only the merge finds
     * (stored like validation's; 0 when it merged): then nothing of the merge is left, and the job fails.
     */
    long merge(StagedFile file, Progress progress);

    /** The checks of one row: {@code row} holds its values in the order of {@link #columns()}. */
    @FunctionalInterface
    interface RowCheck {
        /**
         * Normalises {@code row} in place, fills the {@link #derivedColumns() derived columns} after the read
         * ones and reports each broken rule.
         */
        void check(String[] row, Problems problems);
    }

    /** Where a row's problems go: the column, a message key and its arguments. */
    @FunctionalInterface
    interface Problems {
        void add(String column, String key, String... args);
    }

    /** Reports rows merged so far, so that the job's progress shows while its transaction is open. */
    @FunctionalInterface
    interface Progress {
        void processed(long rows);
    }
}
