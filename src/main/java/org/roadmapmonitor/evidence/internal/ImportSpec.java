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

    /** Columns without which no row could be read. */
    List<String> requiredColumns();

    /** Stores every problem of the staged rows in {@code evidence_import_error}; returns how many. */
    long validate(StagedFile file);

    /** Merges the staged rows into the records; called only when {@link #validate} found nothing. */
    void merge(StagedFile file, Progress progress);

    /** Reports rows merged so far, so that the job's progress shows while its transaction is open. */
    @FunctionalInterface
    interface Progress {
        void processed(long rows);
    }
}
