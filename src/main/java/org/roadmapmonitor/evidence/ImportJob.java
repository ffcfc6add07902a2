package org.roadmapmonitor.evidence;

import java.time.Instant;

/**
 * A bulk import of one file of evidence records: where it stands, how far it got and how many problems it
 * found. {@code failure} is the message key of why a failed job failed.
 */
public record ImportJob(
        long id,
        RecordType type,
        State state,
        String fileName,
        long processed,
        long total,
        long errorCount,
        String failure,
        String createdBy,
        Instant createdAt,
        Instant finishedAt) {

    public enum State {
        QUEUED,
        RUNNING,
        SUCCEEDED,
        FAILED
    }

    public boolean finished() {
        return state == State.SUCCEEDED || state == State.FAILED;
    }

    /** Whole percent done, for a progress bar. */
    public int percent() {
        if (state == State.SUCCEEDED) {
            return 100;
        }
        return total == 0 ? 0 : (int) Math.min(100, processed * 100 / total);
    }
}
