package org.roadmapmonitor.reporting;

import org.roadmapmonitor.reporting.workflow.ReportAction;
import org.roadmapmonitor.reporting.workflow.ReportState;

/** A report moved in its workflow (submitted, approved, returned, validated, published, reopened). */
public record ReportTransitioned(
        long reportId,
        String framework,
        String jurisdiction,
        String period,
        ReportAction action,
        ReportState from,
        ReportState to,
        String actor,
        String reason) {}
