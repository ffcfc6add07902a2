package org.roadmapmonitor.reporting.workflow;

/** The capacity in which a person acts on a report of a jurisdiction. */
public enum Capacity {
    /** Fills the jurisdiction's report (SALW commission staff). */
    EDITOR,
    /** Signs the jurisdiction's report off before it goes to the secretariat. */
    APPROVER,
    /** Reviews, returns, validates, publishes and reopens every jurisdiction's report. */
    SECRETARIAT
}
