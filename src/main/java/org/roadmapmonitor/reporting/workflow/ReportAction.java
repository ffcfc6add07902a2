package org.roadmapmonitor.reporting.workflow;

/** What someone does to a report. */
public enum ReportAction {
    SUBMIT,
    APPROVE,
    RETURN,
    VALIDATE,
    PUBLISH,
    REOPEN
}
