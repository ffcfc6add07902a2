package org.roadmapmonitor.reporting.workflow;

/** Where a progress report stands in its review. */
public enum ReportState {
    DRAFT,
    AWAITING_APPROVAL,
    SUBMITTED,
    RETURNED,
    RESUBMITTED,
    VALIDATED,
    PUBLISHED;

    /** Whether the jurisdiction may change anything (everything in a draft; only flagged items once returned). */
    public boolean open() {
        return this == DRAFT || this == RETURNED;
    }

    /** Waiting for the secretariat's review. */
    public boolean awaitingReview() {
        return this == SUBMITTED || this == RESUBMITTED;
    }
}
