package org.roadmapmonitor.reporting;

import java.time.Instant;
import java.util.List;
import org.roadmapmonitor.reporting.workflow.ReportAction;
import org.roadmapmonitor.reporting.workflow.ReportState;

/** One recorded step of a report's workflow: who did what, when, and why. */
public record Transition(
        long id,
        ReportAction action,
        ReportState from,
        ReportState to,
        String actor,
        Instant at,
        String reason,
        List<Flag> flagged) {}
