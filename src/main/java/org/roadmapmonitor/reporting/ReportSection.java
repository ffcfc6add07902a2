package org.roadmapmonitor.reporting;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.roadmapmonitor.shared.Problem;

/**
 * A part of a report kept by another module (a national action plan's activity progress, for instance):
 * the report page links to it, and submission waits until it is complete. Implementations are Spring beans;
 * both methods run inside the caller's request and transaction, with the caller's rights.
 */
public interface ReportSection {
    /** The section's heading (a message key) and the page where it is read and filled, if it applies. */
    Optional<Link> link(ProgressReport report);

    /** What is still missing for this report to be submitted; each problem names its field. */
    List<Problem> incomplete(ProgressReport report);

    /**
     * Whether the section changed after {@code since} (the report's last return): a correction made there counts
     * when the report is resubmitted, as a corrected value or narrative does.
     */
    default boolean changedSince(ProgressReport report, Instant since) {
        return false;
    }

    record Link(String labelKey, String href) {}
}
